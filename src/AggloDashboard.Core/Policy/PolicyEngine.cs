using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Policy;

/// <summary>A rule that fired for a city-year, with its directions and the numbers that triggered each condition.</summary>
public sealed record FiredRule(PolicyRule Rule, IReadOnlyList<PolicyDirection> Directions,
    IReadOnlyList<ConditionEvidence> Evidence);

/// <summary>The typologies of one city in one year: every rule that fired, in rule-file order.</summary>
public sealed record CityTypology(string RegionCode, int Year, IReadOnlyList<FiredRule> Fired);

/// <summary>Derives each city's typology and policy directions from its metrics by the rules of a rule set.</summary>
public static class PolicyEngine
{
    /// <summary>
    /// Evaluates every rule for every city-year that has metrics, ordered by region code and year. A rule fires when
    /// all its conditions hold; the fallback rule fires exactly when no other rule did, so every city-year gets at
    /// least one typology.
    /// </summary>
    public static IReadOnlyList<CityTypology> Evaluate(PolicyRuleSet rules, MetricResults results)
    {
        var provinces = results.Regional
            .GroupBy(v => v.Year)
            .ToDictionary(g => g.Key, g => new ProvinceYear(g.ToLookup(v => v.Metric, v => v.Value, StringComparer.Ordinal)));
        return results.Regional
            .Select(v => (v.RegionCode, v.Year))
            .Distinct()
            .Select(cy => Evaluate(rules, new CityYearMetrics(results, provinces[cy.Year], cy.RegionCode, cy.Year),
                cy.RegionCode, cy.Year))
            .ToArray();
    }

    private static CityTypology Evaluate(PolicyRuleSet rules, CityYearMetrics city, string regionCode, int year)
    {
        var fired = new List<FiredRule>();
        foreach (var rule in rules.Rules.Where(r => !r.IsFallback))
        {
            var evidence = rule.Conditions.Select(c => c.Evaluate(city)).ToArray();
            if (evidence.All(e => e is { Holds: true }))
            {
                fired.Add(new FiredRule(rule, rules.DirectionsOf(rule), evidence!));
            }
        }

        if (fired.Count == 0)
        {
            fired.Add(new FiredRule(rules.Fallback, rules.DirectionsOf(rules.Fallback), []));
        }

        return new CityTypology(regionCode, year, fired);
    }
}
