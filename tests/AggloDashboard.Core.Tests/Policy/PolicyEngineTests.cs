using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Policy;

namespace AggloDashboard.Core.Tests.Policy;

public class PolicyEngineTests
{
    private const int Year = 2023;

    private static readonly PolicyDirection Reform = new("market_reform", new("市场化改革", "Market-oriented reform"));
    private static readonly PolicyDirection Innovation = new("innovation", new("产业融合与自主创新", "Industrial integration and independent innovation"));

    private static PolicyRule Rule(string id, params PolicyCondition[] conditions) =>
        new(id, new BilingualText(id + "型", id), new BilingualText("说明", "description"), conditions, ["market_reform"]);

    private static readonly PolicyRule Fallback = new("other", new("其他", "other"), new("说明", "description"), [],
        ["market_reform"], IsFallback: true);

    private static PolicyRuleSet Rules(params PolicyRule[] rules) => new([Reform, Innovation], [.. rules, Fallback]);

    /// <summary>Synthetic metrics: city → metric → value, all in <see cref="Year"/>.</summary>
    private static MetricResults Metrics(MetricSettings? settings, params (string City, string Metric, double Value)[] values)
    {
        var regional = values.Select(v => new RegionMetricValue(v.City, Year, v.Metric, v.Value)).ToArray();
        return new MetricResults(regional.Select(v => v.Metric).Distinct().ToArray(), regional, [], [], [],
            settings ?? MetricSettings.Default);
    }

    private static IReadOnlyList<string> FiredIds(IReadOnlyList<CityTypology> typologies, string city) =>
        typologies.Single(t => t.RegionCode == city).Fired.Select(f => f.Rule.Id).ToArray();

    [Fact]
    public void A_value_condition_fires_with_its_numbers()
    {
        var rules = Rules(Rule("hub", new ValueCondition(MetricCodes.LqProducerServices, ComparisonOperator.GreaterThan, 1.2)));
        var metrics = Metrics(null, ("A", MetricCodes.LqProducerServices, 1.35), ("B", MetricCodes.LqProducerServices, 1.2));

        var result = PolicyEngine.Evaluate(rules, metrics);

        var fired = result.Single(t => t.RegionCode == "A").Fired.Single();
        Assert.Equal("hub", fired.Rule.Id);
        Assert.Equal("lq.producer_services = 1.35 > 1.2", fired.Evidence.Single().Text.En);
        Assert.Equal([Reform], fired.Directions);
        Assert.Equal(["other"], FiredIds(result, "B"));
    }

    [Fact]
    public void All_conditions_must_hold_and_every_rule_that_fires_is_listed_in_file_order()
    {
        var rules = Rules(
            Rule("both", new ValueCondition(MetricCodes.LqManufacturing, ComparisonOperator.GreaterThan, 1),
                new ValueCondition(MetricCodes.LqProducerServices, ComparisonOperator.LessThan, 1)),
            Rule("mfg", new ValueCondition(MetricCodes.LqManufacturing, ComparisonOperator.GreaterOrEqual, 1.1)));
        var metrics = Metrics(null,
            ("A", MetricCodes.LqManufacturing, 1.1), ("A", MetricCodes.LqProducerServices, 0.9),
            ("B", MetricCodes.LqManufacturing, 1.1), ("B", MetricCodes.LqProducerServices, 1.0),
            ("C", MetricCodes.LqManufacturing, 0.9), ("C", MetricCodes.LqProducerServices, 0.8));

        var result = PolicyEngine.Evaluate(rules, metrics);

        Assert.Equal(["both", "mfg"], FiredIds(result, "A"));
        Assert.Equal(["mfg"], FiredIds(result, "B"));
        Assert.Equal(["other"], FiredIds(result, "C"));
        Assert.Equal(2, result.Single(t => t.RegionCode == "A").Fired[0].Evidence.Count);
    }

    [Fact]
    public void Province_mean_is_the_mean_over_the_cities_that_year()
    {
        // couple.d: 0.2, 0.4, 0.9 -> mean 0.5.
        var rules = Rules(Rule("above", new ProvinceMeanCondition(MetricCodes.CouplingD, ComparisonOperator.GreaterThan)));
        var metrics = Metrics(null, ("A", MetricCodes.CouplingD, 0.2), ("B", MetricCodes.CouplingD, 0.4), ("C", MetricCodes.CouplingD, 0.9));

        var result = PolicyEngine.Evaluate(rules, metrics);

        Assert.Equal(["other"], FiredIds(result, "B"));
        var evidence = result.Single(t => t.RegionCode == "C").Fired.Single().Evidence.Single();
        Assert.Equal("couple.d = 0.9 > province mean 0.5", evidence.Text.En);
        Assert.Equal("couple.d = 0.9 > 全省均值 0.5", evidence.Text.Zh);
    }

    [Fact]
    public void Rank_one_is_the_highest_and_ties_share_the_better_rank()
    {
        // innov.d: A 0.8, B 0.8, C 0.5 -> ranks 1, 1, 3.
        var rules = Rules(Rule("top", new RankCondition(MetricCodes.InnovationD, ComparisonOperator.LessOrEqual, 1)));
        var metrics = Metrics(null, ("A", MetricCodes.InnovationD, 0.8), ("B", MetricCodes.InnovationD, 0.8), ("C", MetricCodes.InnovationD, 0.5));

        var result = PolicyEngine.Evaluate(rules, metrics);

        Assert.Equal(["top"], FiredIds(result, "A"));
        Assert.Equal(["top"], FiredIds(result, "B"));
        Assert.Equal(["other"], FiredIds(result, "C"));
        Assert.Equal("rank of innov.d = 1 <= 1 (of 3 cities; value 0.8)",
            result.Single(t => t.RegionCode == "B").Fired.Single().Evidence.Single().Text.En);
    }

    [Fact]
    public void Class_conditions_follow_the_session_class_thresholds()
    {
        // D = 0.55: barely coordinated (index 5) by default; with the first bounds shifted up it is class 4.
        var rules = Rules(Rule("coordinated", new ClassCondition(MetricCodes.CouplingD, ComparisonOperator.GreaterOrEqual, 5)));
        var shifted = new CoordinationClasses([0.15, 0.25, 0.35, 0.45, 0.56, 0.65, 0.75, 0.85, 0.95, 1.0]);

        var standard = PolicyEngine.Evaluate(rules, Metrics(null, ("A", MetricCodes.CouplingD, 0.55)));
        var custom = PolicyEngine.Evaluate(rules,
            Metrics(new MetricSettings { ClassThresholds = shifted }, ("A", MetricCodes.CouplingD, 0.55)));

        Assert.Equal(["coordinated"], FiredIds(standard, "A"));
        Assert.Equal("couple.d = 0.55: barely coordinated >= barely coordinated",
            standard.Single().Fired.Single().Evidence.Single().Text.En);
        Assert.Equal(["other"], FiredIds(custom, "A"));
    }

    [Fact]
    public void Relative_development_follows_the_session_tolerance()
    {
        // agglo.u 0.6, innov.t 0.45: gap 0.15 -> innovation lags at tolerance 0.1, synchronous at 0.2.
        var rules = Rules(Rule("lagging", new RelativeDevelopmentCondition(RelativeDevelopmentType.InnovationLags)));
        (string, string, double)[] values = [("A", MetricCodes.AgglomerationU, 0.6), ("A", MetricCodes.InnovationT, 0.45)];

        var standard = PolicyEngine.Evaluate(rules, Metrics(null, values));
        var wide = PolicyEngine.Evaluate(rules, Metrics(new MetricSettings { RelativeDevelopmentTolerance = 0.2 }, values));

        Assert.Equal(["lagging"], FiredIds(standard, "A"));
        Assert.Equal("relative development = innovation lags (|agglo.u - innov.t| = |0.6 - 0.45| = 0.15 > 0.1)",
            standard.Single().Fired.Single().Evidence.Single().Text.En);
        Assert.Equal(["other"], FiredIds(wide, "A"));
    }

    [Fact]
    public void A_missing_metric_makes_its_condition_fail_and_the_fallback_catches_the_city()
    {
        var rules = Rules(Rule("hub", new ValueCondition(MetricCodes.CouplingD, ComparisonOperator.GreaterThan, 0)));

        var result = PolicyEngine.Evaluate(rules, Metrics(null, ("A", MetricCodes.LqManufacturing, 1.0)));

        var fallback = result.Single().Fired.Single();
        Assert.True(fallback.Rule.IsFallback);
        Assert.Empty(fallback.Evidence);
    }

    [Fact]
    public void Rule_sets_are_validated_with_the_rule_named()
    {
        var unknown = Assert.Throws<ArgumentException>(() =>
            Rules(Rule("typo", new ValueCondition("lq.producer_service", ComparisonOperator.GreaterThan, 1))));
        Assert.Contains("rule 'typo'", unknown.Message);
        Assert.Contains("'lq.producer_service'", unknown.Message);

        Assert.Contains("twice", Assert.Throws<ArgumentException>(() =>
            Rules(Rule("a", new ValueCondition(MetricCodes.CouplingD, ComparisonOperator.GreaterThan, 1)),
                Rule("a", new ValueCondition(MetricCodes.CouplingD, ComparisonOperator.GreaterThan, 1)))).Message);
        Assert.Contains("fallback", Assert.Throws<ArgumentException>(() =>
            new PolicyRuleSet([Reform], [Fallback, Rule("late", new ValueCondition(MetricCodes.CouplingD, ComparisonOperator.LessThan, 1))])).Message);
        Assert.Contains("'coagg'", Assert.Throws<ArgumentException>(() =>
            Rules(Rule("class", new ClassCondition(MetricCodes.Coagglomeration, ComparisonOperator.LessThan, 3)))).Message);
        Assert.Contains("unknown direction 'nowhere'", Assert.Throws<ArgumentException>(() =>
            new PolicyRuleSet([Reform], [Fallback with { DirectionIds = ["nowhere"] }])).Message);
        Assert.Contains("at least one condition", Assert.Throws<ArgumentException>(() => Rules(Rule("empty"))).Message);
    }
}
