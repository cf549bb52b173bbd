using AggloDashboard.Core.Analytics;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// What a page hands both to an analysis (as its progress) and to its <see cref="Computing"/> card, which shows the
/// count: the latest report, and an event on each new one. Reports come from the computation's thread.
/// </summary>
public sealed class ComputingProgress : IProgress<AnalysisProgress>
{
    private readonly Lock _gate = new();
    private AnalysisProgress? _latest;

    /// <summary>The latest report, or null before the first.</summary>
    public AnalysisProgress? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    public event Action? Changed;

    public void Report(AnalysisProgress value)
    {
        lock (_gate)
        {
            _latest = value;
        }

        Changed?.Invoke();
    }
}
