using AggloDashboard.Core.Policy;
using AggloDashboard.Data.Policy;

namespace AggloDashboard.Data.Tests.Policy;

public class PolicyRuleFileTests
{
    private const string Source = "rules.json";

    /// <summary>A minimal valid file with one rule of <paramref name="condition"/> before the fallback.</summary>
    private static string File(string condition, string ruleId = "r1") => $$"""
        // comments are allowed
        {
          "directions": [ { "id": "reform", "zh": "市场化改革", "en": "Market-oriented reform" } ],
          "rules": [
            { "id": "{{ruleId}}", "typology": { "zh": "甲", "en": "A" }, "description": { "zh": "说明", "en": "text" },
              "when": [ {{condition}} ], "directions": [ "reform" ] },
            { "id": "other", "fallback": true, "typology": { "zh": "其他", "en": "Other" },
              "description": { "zh": "说明", "en": "text" }, "directions": [ "reform" ] },
          ]
        }
        """;

    private static string Failure(string json) =>
        Assert.Throws<PolicyRuleFileException>(() => PolicyRuleFile.Parse(json, Source)).Message;

    [Fact]
    public void The_default_rules_load_with_the_five_directions_of_the_issue()
    {
        var rules = PolicyRuleFile.LoadDefault();

        Assert.Equal(
        [
            "Optimise the industrialisation route", "Market-oriented reform", "Agglomeration and urban division of labour",
            "Industrial integration and independent innovation", "Collaborative agglomeration for the real economy",
        ], rules.Directions.Select(d => d.Name.En));
        Assert.All(rules.Directions, d => Assert.Contains(rules.Rules, r => r.DirectionIds.Contains(d.Id)));
        Assert.Equal("transitional", rules.Fallback.Id);
        Assert.All(rules.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Typology.Zh + r.Description.Zh)));
        Assert.Contains(rules.Rules, r => r.Id == "central_service_hub" && r.Typology.En == "Central service hub");
    }

    [Fact]
    public void Each_condition_form_is_read()
    {
        Assert.Equal(new ValueCondition("lq.manufacturing", ComparisonOperator.GreaterThan, 1),
            Condition("""{ "metric": "lq.manufacturing", "op": ">", "value": 1 }"""));
        Assert.Equal(new ProvinceMeanCondition("couple.d", ComparisonOperator.LessOrEqual),
            Condition("""{ "metric": "couple.d", "op": "<=", "value": "province_mean" }"""));
        Assert.Equal(new RankCondition("innov.d", ComparisonOperator.LessThan, 3),
            Condition("""{ "metric": "innov.d", "op": "<", "rank": 3 }"""));
        Assert.Equal(new ClassCondition("couple.d", ComparisonOperator.GreaterOrEqual, 5),
            Condition("""{ "metric": "couple.d", "op": ">=", "class": "Barely coordinated" }"""));
        Assert.Equal(new ClassCondition("couple.d", ComparisonOperator.GreaterOrEqual, 6),
            Condition("""{ "metric": "couple.d", "op": ">=", "class": "初级协调" }"""));
        Assert.Equal(new RelativeDevelopmentCondition(Core.Metrics.RelativeDevelopmentType.AgglomerationLags),
            Condition("""{ "relative_development": "agglomeration_lags" }"""));
    }

    private static PolicyCondition Condition(string json) =>
        PolicyRuleFile.Parse(File(json), Source).Rules[0].Conditions.Single();

    [Fact]
    public void An_unknown_metric_names_the_file_and_the_rule() =>
        Assert.StartsWith("rules.json: rule 'hub': unknown metric code 'lq.producer_service'",
            Failure(File("""{ "metric": "lq.producer_service", "op": ">", "value": 1.2 }""", "hub")));

    [Fact]
    public void A_bad_operator_names_the_file_and_the_rule() =>
        Assert.StartsWith("rules.json: rule 'hub': unknown op '=>' for couple.d; use <, <=, >, >=",
            Failure(File("""{ "metric": "couple.d", "op": "=>", "value": 0.5 }""", "hub")));

    [Theory]
    [InlineData("""{ "metric": "couple.d", "op": ">" }""", "needs \"value\", \"rank\" or \"class\"")]
    [InlineData("""{ "metric": "couple.d", "op": ">", "value": "high" }""", "must be a number or \"province_mean\"")]
    [InlineData("""{ "metric": "couple.d", "op": ">", "class": "excellent" }""", "unknown class 'excellent'")]
    [InlineData("""{ "metric": "couple.d", "op": "<", "rank": 0 }""", "a rank starts at 1")]
    [InlineData("""{ "metric": "couple.d", "op": "<", "rank": 1.5 }""", "whole number")]
    [InlineData("""{ "relative_development": "lagging" }""", "unknown relative_development 'lagging'")]
    [InlineData("""{ "op": "<", "value": 1 }""", "\"metric\" is missing")]
    public void Malformed_conditions_are_explained(string condition, string expected)
    {
        var message = Failure(File(condition));
        Assert.StartsWith("rules.json: rule 'r1': ", message);
        Assert.Contains(expected, message);
    }

    [Fact]
    public void Invalid_json_and_a_missing_file_are_clear()
    {
        Assert.StartsWith("rules.json: not valid JSON", Failure("{ \"rules\": [ }"));
        Assert.Contains("does not exist", Assert.Throws<PolicyRuleFileException>(() => PolicyRuleFile.Load("/nonexistent/rules.json")).Message);
    }

    [Fact]
    public void A_file_on_disk_loads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agglo-rules-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, File("""{ "metric": "coagg", "op": ">", "value": 2 }"""));
        try
        {
            Assert.Equal(2, PolicyRuleFile.Load(path).Rules.Count);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
