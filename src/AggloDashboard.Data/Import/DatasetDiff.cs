using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Import;

/// <summary>One panel value that differs between two datasets; a null old or new value is a missing value.</summary>
public sealed record ValueChange(string RegionCode, int Year, string IndicatorCode, double? OldValue, double? NewValue);

/// <summary>
/// How one dataset's panel differs from another's, key by key (region, year, indicator): rows only in the new one
/// are added, rows only in the old one removed, rows in both with different values (bit for bit) changed.
/// </summary>
public sealed class DatasetDiff
{
    private DatasetDiff(IReadOnlyList<ValueChange> added, IReadOnlyList<ValueChange> changed, IReadOnlyList<ValueChange> removed)
    {
        Added = added;
        Changed = changed;
        Removed = removed;
    }

    public IReadOnlyList<ValueChange> Added { get; }
    public IReadOnlyList<ValueChange> Changed { get; }
    public IReadOnlyList<ValueChange> Removed { get; }

    public bool HasChanges => Added.Count + Changed.Count + Removed.Count > 0;

    public override string ToString() => $"{Added.Count} new, {Changed.Count} changed, {Removed.Count} removed";

    public static DatasetDiff Between(Dataset? before, Dataset after)
    {
        var old = (before?.Observations ?? []).ToDictionary(Key, o => o.Value);
        var added = new List<ValueChange>();
        var changed = new List<ValueChange>();
        foreach (var o in after.Observations)
        {
            if (!old.Remove(Key(o), out var oldValue))
            {
                added.Add(new ValueChange(o.RegionCode, o.Year, o.IndicatorCode, null, o.Value));
            }
            else if (!Nullable.Equals(oldValue, o.Value))
            {
                changed.Add(new ValueChange(o.RegionCode, o.Year, o.IndicatorCode, oldValue, o.Value));
            }
        }

        var removed = old
            .Select(kv => new ValueChange(kv.Key.Region, kv.Key.Year, kv.Key.Indicator, kv.Value, null))
            .OrderBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Year).ThenBy(c => c.IndicatorCode, StringComparer.Ordinal)
            .ToArray();
        return new DatasetDiff(added, changed, removed);
    }

    private static (string Region, int Year, string Indicator) Key(Observation o) => (o.RegionCode, o.Year, o.IndicatorCode);
}
