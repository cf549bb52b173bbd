namespace AggloDashboard.Core.Metrics;

/// <summary>How the indicator weights w_j of a composite score U = Σ w_j x''_j are chosen (docs/METRICS.md §3).</summary>
public enum WeightingMethod
{
    /// <summary>The entropy weight method of §3, the contract's default.</summary>
    Entropy,

    /// <summary>1/m for each of a composite's m indicators.</summary>
    Equal,

    /// <summary>The user's weights, normalised to sum to 1 within each composite.</summary>
    UserGiven,
}

/// <summary>
/// The weighting setting. Value equality (user weights compared by content) so settings can key a cache.
/// </summary>
public sealed record IndicatorWeighting
{
    private IndicatorWeighting(WeightingMethod method, IReadOnlyDictionary<string, double> userWeights)
    {
        Method = method;
        UserWeights = userWeights;
    }

    public static IndicatorWeighting Entropy { get; } = new(WeightingMethod.Entropy, new Dictionary<string, double>());

    public static IndicatorWeighting Equal { get; } = new(WeightingMethod.Equal, new Dictionary<string, double>());

    /// <summary>
    /// User weights by indicator code (for <c>agglo.u</c> its parts <c>lq.manufacturing</c>,
    /// <c>lq.producer_services</c>, <c>coagg</c>); every indicator of every composite needs one.
    /// </summary>
    /// <exception cref="ArgumentException">A weight is not a positive finite number.</exception>
    public static IndicatorWeighting UserGiven(IReadOnlyDictionary<string, double> weights)
    {
        foreach (var (code, weight) in weights)
        {
            if (!(weight > 0) || !double.IsFinite(weight))
            {
                throw new ArgumentException($"the user weight of '{code}' must be a positive number, got {weight}",
                    nameof(weights));
            }
        }

        return new IndicatorWeighting(WeightingMethod.UserGiven,
            new SortedDictionary<string, double>(weights.ToDictionary(), StringComparer.Ordinal));
    }

    public WeightingMethod Method { get; }

    /// <summary>The user's weights by indicator code; empty unless <see cref="Method"/> is UserGiven.</summary>
    public IReadOnlyDictionary<string, double> UserWeights { get; }

    public bool Equals(IndicatorWeighting? other) =>
        other is not null && Method == other.Method && UserWeights.SequenceEqual(other.UserWeights);

    public override int GetHashCode() =>
        UserWeights.Aggregate(Method.GetHashCode(), (hash, kv) => HashCode.Combine(hash, kv.Key, kv.Value));

    /// <summary>The weights of a composite's indicators under this setting, given its entropy weights.</summary>
    internal IReadOnlyList<double> Choose(string composite, IReadOnlyList<string> indicatorCodes,
        IReadOnlyList<double> entropyWeights)
    {
        switch (Method)
        {
            case WeightingMethod.Equal:
                return Enumerable.Repeat(1.0 / indicatorCodes.Count, indicatorCodes.Count).ToArray();
            case WeightingMethod.UserGiven:
                var raw = indicatorCodes.Select(code => UserWeights.TryGetValue(code, out var w)
                    ? w
                    : throw new ArgumentException($"no user weight for indicator '{code}' of composite {composite}"))
                    .ToArray();
                var total = raw.Sum();
                return raw.Select(w => w / total).ToArray();
            default:
                return entropyWeights;
        }
    }

    /// <summary>Refuses user weights for codes that are in no composite, so a typo is never silently ignored.</summary>
    internal void RequireKnown(IReadOnlySet<string> compositeIndicatorCodes)
    {
        var unknown = UserWeights.Keys.Where(code => !compositeIndicatorCodes.Contains(code)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"user weights for unknown indicator(s) {string.Join(", ", unknown)}; " +
                                        $"the composites use {string.Join(", ", compositeIndicatorCodes.Order(StringComparer.Ordinal))}");
        }
    }
}
