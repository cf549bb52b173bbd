namespace AggloDashboard.Core.Policy;

/// <summary>The comparison of a rule condition: actual OP threshold.</summary>
public enum ComparisonOperator
{
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,
}

public static class ComparisonOperators
{
    private static readonly Dictionary<string, ComparisonOperator> BySymbol = new(StringComparer.Ordinal)
    {
        ["<"] = ComparisonOperator.LessThan,
        ["<="] = ComparisonOperator.LessOrEqual,
        [">"] = ComparisonOperator.GreaterThan,
        [">="] = ComparisonOperator.GreaterOrEqual,
    };

    public static IReadOnlyCollection<string> Symbols => BySymbol.Keys;

    public static bool TryParse(string symbol, out ComparisonOperator op) => BySymbol.TryGetValue(symbol, out op);

    public static string Symbol(this ComparisonOperator op) => BySymbol.First(kv => kv.Value == op).Key;

    public static bool Holds(this ComparisonOperator op, double actual, double threshold) => op switch
    {
        ComparisonOperator.LessThan => actual < threshold,
        ComparisonOperator.LessOrEqual => actual <= threshold,
        ComparisonOperator.GreaterThan => actual > threshold,
        _ => actual >= threshold,
    };
}
