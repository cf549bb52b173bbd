using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Policy;

/// <summary>A policy direction a typology implies, e.g. market-oriented reform.</summary>
public sealed record PolicyDirection(string Id, BilingualText Name);

/// <summary>
/// A typology rule: it fires for a city-year when all its conditions hold. The fallback rule has no conditions
/// and fires when no other rule did.
/// </summary>
public sealed record PolicyRule(string Id, BilingualText Typology, BilingualText Description,
    IReadOnlyList<PolicyCondition> Conditions, IReadOnlyList<string> DirectionIds, bool IsFallback = false);

/// <summary>A validated set of typology rules and the policy directions they refer to.</summary>
public sealed class PolicyRuleSet
{
    /// <summary>The city metrics a condition may name: those of docs/METRICS.md §1, §4 and §5.</summary>
    public static IReadOnlySet<string> KnownMetrics { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        MetricCodes.LqManufacturing, MetricCodes.LqProducerServices, MetricCodes.Coagglomeration,
        MetricCodes.InnovationInput, MetricCodes.InnovationOutput, MetricCodes.InnovationBenefit,
        MetricCodes.InnovationC, MetricCodes.InnovationT, MetricCodes.InnovationD,
        MetricCodes.AgglomerationU, MetricCodes.CouplingC, MetricCodes.CouplingT, MetricCodes.CouplingD,
        MetricCodes.CouplingRatio,
    };

    /// <summary>The metrics a class condition may name: the coordination degrees D.</summary>
    public static IReadOnlySet<string> CoordinationMetrics { get; } =
        new HashSet<string>(StringComparer.Ordinal) { MetricCodes.InnovationD, MetricCodes.CouplingD };

    private readonly Dictionary<string, PolicyDirection> _directions;

    /// <exception cref="ArgumentException">A rule breaks the rules below; the message names it.</exception>
    /// <remarks>
    /// Ids are unique; every rule but the fallback has at least one condition; exactly one fallback, without
    /// conditions, comes last; conditions name known metrics (class conditions a D metric, class indexes 0-9,
    /// ranks ≥ 1); direction ids resolve.
    /// </remarks>
    public PolicyRuleSet(IReadOnlyList<PolicyDirection> directions, IReadOnlyList<PolicyRule> rules)
    {
        _directions = new Dictionary<string, PolicyDirection>(StringComparer.Ordinal);
        foreach (var direction in directions)
        {
            if (!_directions.TryAdd(direction.Id, direction))
            {
                throw new ArgumentException($"direction '{direction.Id}' is defined twice");
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!ids.Add(rule.Id))
            {
                throw new ArgumentException($"rule '{rule.Id}' is defined twice");
            }

            Validate(rule);
        }

        if (rules.Count(r => r.IsFallback) != 1 || !rules[^1].IsFallback)
        {
            throw new ArgumentException("exactly one fallback rule is needed, and it must come last");
        }

        Directions = directions;
        Rules = rules;
    }

    public IReadOnlyList<PolicyDirection> Directions { get; }

    /// <summary>The rules in file order; the last is the fallback.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    public PolicyRule Fallback => Rules[^1];

    public IReadOnlyList<PolicyDirection> DirectionsOf(PolicyRule rule) => rule.DirectionIds.Select(id => _directions[id]).ToArray();

    private void Validate(PolicyRule rule)
    {
        void Fail(string problem) => throw new ArgumentException($"rule '{rule.Id}': {problem}");

        if (rule.IsFallback != (rule.Conditions.Count == 0))
        {
            Fail(rule.IsFallback ? "the fallback rule must have no conditions" : "a rule needs at least one condition");
        }

        foreach (var id in rule.DirectionIds.Where(id => !_directions.ContainsKey(id)))
        {
            Fail($"unknown direction '{id}'; defined are {string.Join(", ", _directions.Keys)}");
        }

        foreach (var condition in rule.Conditions)
        {
            var (metric, known) = condition switch
            {
                ClassCondition c => (c.Metric, CoordinationMetrics),
                ValueCondition c => (c.Metric, KnownMetrics),
                ProvinceMeanCondition c => (c.Metric, KnownMetrics),
                RankCondition c => (c.Metric, KnownMetrics),
                _ => (null, KnownMetrics),
            };
            if (metric is not null && !known.Contains(metric))
            {
                Fail($"unknown metric code '{metric}'; known are {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            }

            if (condition is RankCondition { Rank: < 1 })
            {
                Fail("a rank starts at 1 (the highest value)");
            }

            if (condition is ClassCondition { ClassIndex: < 0 or > 9 })
            {
                Fail("a class index lies in 0-9");
            }
        }
    }
}
