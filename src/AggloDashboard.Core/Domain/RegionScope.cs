namespace AggloDashboard.Core.Domain;

/// <summary>
/// The part of a dataset a scope names (docs/METRICS.md §1: the reference region is the prefectures in scope): a
/// province code stands for its prefectures, a prefecture code for itself.
/// </summary>
public static class RegionScope
{
    /// <summary>The prefectures <paramref name="scope"/> names, and its codes that are no region of the dataset.</summary>
    public static (IReadOnlySet<string> Prefectures, IReadOnlyList<string> Unknown) Resolve(Dataset dataset, IEnumerable<string> scope)
    {
        var byCode = dataset.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var prefectures = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var code in scope)
        {
            if (!byCode.TryGetValue(code, out var region))
            {
                unknown.Add(code);
            }
            else if (region.Level == RegionLevel.Prefecture)
            {
                prefectures.Add(code);
            }
            else
            {
                prefectures.UnionWith(dataset.Regions.Where(r => r.Level == RegionLevel.Prefecture && r.ParentCode == code).Select(r => r.Code));
            }
        }

        return (prefectures, unknown);
    }

    /// <summary>
    /// The dataset with only <paramref name="prefectures"/>, the provinces they belong to and their observations, the
    /// regions and observations in their original order; indicators and the boundary text are kept as they are.
    /// </summary>
    public static Dataset Restrict(Dataset dataset, IReadOnlySet<string> prefectures)
    {
        var parents = dataset.Regions.Where(r => prefectures.Contains(r.Code)).Select(r => r.ParentCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var kept = dataset.Regions.Where(r => prefectures.Contains(r.Code) || (r.Level == RegionLevel.Province && parents.Contains(r.Code))).ToArray();
        var codes = kept.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return new Dataset(kept, dataset.Indicators, dataset.Observations.Where(o => codes.Contains(o.RegionCode)), dataset.BoundaryGeoJson);
    }
}
