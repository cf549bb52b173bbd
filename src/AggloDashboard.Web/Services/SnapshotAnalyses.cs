using System.Runtime.CompilerServices;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The derived analyses of one snapshot that are costly to compute, each computed once on first use and shared by every
/// page and circuit for as long as the snapshot lives.
/// </summary>
public sealed class SnapshotAnalyses
{
    private static readonly ConditionalWeakTable<DashboardSnapshot, SnapshotAnalyses> Cache = new();

    private readonly Lazy<IReadOnlyDictionary<double, IReadOnlyList<IsoPoint>>> _isoLines;

    private SnapshotAnalyses(DashboardSnapshot snapshot)
    {
        _isoLines = new(() => CouplingData.IsoLevels.ToDictionary(level => level, level => CouplingData.IsoLine(snapshot.Results.Settings, level)));
    }

    public static SnapshotAnalyses For(DashboardSnapshot snapshot) => Cache.GetValue(snapshot, s => new SnapshotAnalyses(s));

    /// <summary>The iso-lines of couple.d at <see cref="CouplingData.IsoLevels"/>, by level.</summary>
    public IReadOnlyDictionary<double, IReadOnlyList<IsoPoint>> IsoLines => _isoLines.Value;
}
