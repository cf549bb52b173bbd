using System.Globalization;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Policy;

/// <summary>
/// One condition of a policy rule over a city's metrics in one year. A condition over a metric the city lacks
/// that year does not hold.
/// </summary>
public abstract record PolicyCondition
{
    /// <summary>The numbers behind the condition for one city-year, or null when a metric it needs is missing.</summary>
    internal abstract ConditionEvidence? Evaluate(CityYearMetrics city);

    private protected static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary><c>metric OP value</c>, e.g. lq.producer_services &gt; 1.2.</summary>
public sealed record ValueCondition(string Metric, ComparisonOperator Operator, double Threshold) : PolicyCondition
{
    internal override ConditionEvidence? Evaluate(CityYearMetrics city)
    {
        if (city.Get(Metric) is not { } actual)
        {
            return null;
        }

        var text = $"{Metric} = {Format(actual)} {Operator.Symbol()} {Format(Threshold)}";
        return new ConditionEvidence(this, Operator.Holds(actual, Threshold), new BilingualText(text, text));
    }
}

/// <summary><c>metric OP province mean</c>: the mean of the metric over the cities that have it that year.</summary>
public sealed record ProvinceMeanCondition(string Metric, ComparisonOperator Operator) : PolicyCondition
{
    internal override ConditionEvidence? Evaluate(CityYearMetrics city)
    {
        if (city.Get(Metric) is not { } actual || city.ProvinceMean(Metric) is not { } mean)
        {
            return null;
        }

        var head = $"{Metric} = {Format(actual)} {Operator.Symbol()} ";
        return new ConditionEvidence(this, Operator.Holds(actual, mean),
            new BilingualText(head + $"全省均值 {Format(mean)}", head + $"province mean {Format(mean)}"));
    }
}

/// <summary>
/// <c>rank of metric OP n</c> among the cities that have it that year; rank 1 is the highest value, tied values
/// share the better rank (1 + the number of cities strictly above).
/// </summary>
public sealed record RankCondition(string Metric, ComparisonOperator Operator, int Rank) : PolicyCondition
{
    internal override ConditionEvidence? Evaluate(CityYearMetrics city)
    {
        if (city.RankOf(Metric) is not { } ranked)
        {
            return null;
        }

        var (rank, of) = ranked;
        var value = Format(city.Get(Metric)!.Value);
        var op = Operator.Symbol();
        return new ConditionEvidence(this, Operator.Holds(rank, Rank), new BilingualText(
            $"{Metric} 排名 = {rank} {op} {Rank}（{of} 市中；值 {value}）",
            $"rank of {Metric} = {rank} {op} {Rank} (of {of} cities; value {value})"));
    }
}

/// <summary>
/// <c>class of D OP class</c>: compares the coordination class of a D metric (innov.d or couple.d) under the
/// session's class thresholds with a class index (0 = extreme disorder ... 9 = quality coordination).
/// </summary>
public sealed record ClassCondition(string Metric, ComparisonOperator Operator, int ClassIndex) : PolicyCondition
{
    internal override ConditionEvidence? Evaluate(CityYearMetrics city)
    {
        if (city.Get(Metric) is not { } d)
        {
            return null;
        }

        var actual = city.Classes.Classify(d);
        var target = city.Classes.Classes[ClassIndex];
        var op = Operator.Symbol();
        return new ConditionEvidence(this, Operator.Holds(actual.Index, ClassIndex), new BilingualText(
            $"{Metric} = {Format(d)}：{actual.NameZh} {op} {target.NameZh}",
            $"{Metric} = {Format(d)}: {actual.NameEn} {op} {target.NameEn}"));
    }
}

/// <summary>The relative development type of agglo.u and innov.t under the session's tolerance (docs/METRICS.md §5).</summary>
public sealed record RelativeDevelopmentCondition(RelativeDevelopmentType Type) : PolicyCondition
{
    private static readonly Dictionary<RelativeDevelopmentType, BilingualText> Names = new()
    {
        [RelativeDevelopmentType.Synchronous] = new("同步发展", "synchronous"),
        [RelativeDevelopmentType.InnovationLags] = new("创新滞后", "innovation lags"),
        [RelativeDevelopmentType.AgglomerationLags] = new("集聚滞后", "agglomeration lags"),
    };

    internal override ConditionEvidence? Evaluate(CityYearMetrics city)
    {
        if (city.Get(MetricCodes.AgglomerationU) is not { } agglomeration
            || city.Get(MetricCodes.InnovationT) is not { } innovation)
        {
            return null;
        }

        var actual = RelativeDevelopment.Classify(agglomeration, innovation, city.Tolerance);
        var difference = Math.Abs(agglomeration - innovation);
        var gap = $"|agglo.u - innov.t| = |{Format(agglomeration)} - {Format(innovation)}| = {Format(difference)} " +
                  $"{(difference <= city.Tolerance ? "<=" : ">")} {Format(city.Tolerance)}";
        return new ConditionEvidence(this, actual == Type, new BilingualText(
            $"相对发展类型 = {Names[actual].Zh}（{gap}）", $"relative development = {Names[actual].En} ({gap})"));
    }
}

/// <summary>Whether a condition held for a city-year, with the numbers that decided it.</summary>
public sealed record ConditionEvidence(PolicyCondition Condition, bool Holds, BilingualText Text);
