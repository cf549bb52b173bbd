using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>
/// What the /shift-share page shows for its URL state: the years, the method, the chosen cities' decompositions (the
/// reference region is always every city taking part), or the message that says why there is nothing to show.
/// </summary>
public sealed record ShiftShareView(
    int From, int To, ShiftShareMethod Method, IReadOnlyList<string> ChosenCities, IReadOnlyList<int> Years,
    ShiftShareResult? Result, string? Problem)
{
    /// <summary>The chosen cities' decompositions, in dataset order (empty when there is a problem).</summary>
    public IReadOnlyList<CityShiftShare> Cities =>
        Result is null ? [] : ChosenCities.Select(Result.City).OfType<CityShiftShare>().ToArray();

    public static ShiftShareMethod ParseMethod(string? method) =>
        string.Equals(method, "dynamic", StringComparison.OrdinalIgnoreCase) ? ShiftShareMethod.Dynamic : ShiftShareMethod.Static;

    /// <summary>
    /// The view of <c>from</c>, <c>to</c>, <c>method</c> and <c>cities</c>. A missing year is the panel's first or last;
    /// a year outside the panel, <c>from</c> ≥ <c>to</c> or no sector employment gives <see cref="Problem"/> (a
    /// sentence in <paramref name="lang"/>) instead of a result.
    /// </summary>
    public static ShiftShareView Resolve(DashboardSnapshot snapshot, int? from, int? to, string? method, string? cities, Lang lang)
    {
        var analyses = ShiftShareAnalyses.For(snapshot);
        var years = analyses.Panel.Years;
        var (f, t) = (from ?? (years.Count > 0 ? years[0] : 0), to ?? (years.Count > 0 ? years[^1] : 0));
        var m = ParseMethod(method);
        var chosen = PageQuery.ResolveCities(snapshot, cities);
        var problem = analyses.Panel.Check(f, t);
        return problem is { } p
            ? new ShiftShareView(f, t, m, chosen, years, null, ShiftShareText.Problem(p, f, t, years, lang))
            : new ShiftShareView(f, t, m, chosen, years, analyses.Result(m, f, t), null);
    }

    /// <summary>
    /// As <see cref="Resolve"/>, on the thread pool: the sector panel, the decomposition and the boundary centroids
    /// the core-periphery card uses are computed once per snapshot, off the caller's circuit.
    /// </summary>
    public static Task<ShiftShareView> ResolveAsync(DashboardSnapshot snapshot, int? from, int? to, string? method, string? cities, Lang lang,
        CancellationToken ct) =>
        Task.Run(() =>
        {
            _ = ShiftShareAnalyses.For(snapshot).Centroids;
            return Resolve(snapshot, from, to, method, cities, lang);
        }, ct).WaitAsync(ct);
}
