using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Data.Stories;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>A chart of a slide, with the element id the presenter gives it.</summary>
public sealed record SlideChart(string Id, Figure Figure);

/// <summary>
/// What a slide shows: its page's name, its charts in large form, the year when the charts depend on one, and whether
/// the numbers are the illustrative seed (which the slide must then say).
/// </summary>
public sealed record SlideContent(string Title, IReadOnlyList<SlideChart> Charts, IReadOnlyList<int> Years, int? Year, bool Illustrative = false);

/// <summary>
/// Builds a view's charts for the presenter from the same mappers the pages use: the map and ranking, the trend, the
/// coupling scatter, the coordination heatmap, sigma convergence, obstacles, Moran's I; a ranking for the pages without a chart.
/// </summary>
public sealed class SlideCharts(DashboardDataService data)
{
    public const int FontSize = 18;

    /// <param name="year">Replaces the view's year (the year animation).</param>
    /// <param name="ct">Ends the wait for the snapshot and its analyses (the presenter moved on).</param>
    public async Task<SlideContent> BuildAsync(StoryView view, Lang lang, int? year, CancellationToken ct)
    {
        // The saved view's calculation settings, as its page would use them.
        var s = (await data.ResolveAsync(MetricSettingsText.Parse(name => view.Get(name)), ct)).Snapshot;
        var y = PageQuery.ResolveYear(s, year ?? ParseInt(view.Get("year")));
        // The view's metric, or the one its page shows by default.
        var m = PageQuery.ResolveMetric(s, view.Get("metric"), PageDefaults.Metric(view.Path));
        // A city the shown version does not have (a story saved on another dataset) says so above the ranking.
        var pageName = UiText.Get(lang, StoryPages.Paths.Contains(view.Path) ? StoryCaptions.PageKey(view.Path) : "city.notFound");

        SlideContent Yearly(string title, params Figure[] figures) => Content(title, figures, s.Years, y) with { Illustrative = s.Version.IsIllustrative };
        SlideContent Fixed(string title, params Figure[] figures) => Content(title, figures, [], null) with { Illustrative = s.Version.IsIllustrative };
        Figure[] MapAndRanking() =>
            s.HasBoundaries ? [MapFigure.Build(s, m, y, lang), RankingFigure.Build(s, m, y, lang)] : [RankingFigure.Build(s, m, y, lang)];

        switch (view.Path)
        {
            case DashboardUrls.OverviewPath or DashboardUrls.MapPath:
                return Yearly(pageName, MapAndRanking());
            case DashboardUrls.TrendsPath:
            {
                var (from, to) = TrendData.ResolveRange(s, ParseInt(view.Get("from")), ParseInt(view.Get("to")));
                return Fixed(pageName + " · " + m.Name(lang), TrendFigure.Build(s, m, PageQuery.ResolveCities(s, view.Get("cities")), from, to, lang,
                    view.Get("multiples") is "1" or "true"));
            }
            case "/coordination":
                return Fixed(pageName, CoordinationFigures.ClassHeatmap(s, PageDefaults.CoordinationHeatmapMetric, lang));
            case "/coupling":
                return Yearly(pageName, CouplingFigures.Scatter(s, y, lang, s.Analyses.IsoLines));
            case "/disparities":
            {
                var sigma = (await s.Analyses.Analytics.ConvergenceAsync(m.Code, ct)).Sigma.Select(p => p.Point).ToArray();
                return Fixed(pageName + " · " + m.Name(lang), DisparityFigures.Sigma(sigma, lang));
            }
            case "/diagnosis":
                return Yearly(pageName,
                    DiagnosisFigures.SubsystemObstacles(DiagnosisData.Obstacles(s, await s.Analyses.ObstaclesAsync(ct), y, lang), lang));
            case "/spatial" when (await s.Analyses.Analytics.WeightsAsync(ct)).Default is { } weights:
            {
                var moran = (await s.Analyses.Analytics.MetricAsync(m.Code, weights, ct)).Moran.Where(r => r.Metric == m.Code && r.Weights == weights.Name)
                    .OrderBy(r => r.Year).ToArray();
                return Fixed(pageName + " · " + m.Name(lang), SpatialFigures.Moran(moran, lang));
            }
            case DashboardUrls.ShiftSharePath when await ShiftShareView.ResolveAsync(s, ParseInt(view.Get("from")), ParseInt(view.Get("to")),
                view.Get("method"), view.Get("cities"), lang, ct) is { Result: { } result } shift:
                return Fixed($"{pageName} · {shift.From}–{shift.To} · {UiText.Get(lang, "shift.method." + shift.Method.ToCode())}",
                    ShiftShareFigures.Components(s, shift.Cities, lang), ShiftShareFigures.CompetitiveHeatmap(s, result, shift.Cities, lang));
        }

        if (view.Path.StartsWith("/city/", StringComparison.Ordinal) && s.CityByCode.TryGetValue(view.Path["/city/".Length..], out var city))
        {
            return Fixed(lang.Pick(city.NameZh, city.NameEn) + " · " + m.Name(lang), TrendFigure.Build(s, m, [city.Code], s.Years[0], s.LatestYear, lang));
        }

        return Yearly(pageName, RankingFigure.Build(s, m, y, lang));
    }

    private static SlideContent Content(string title, IReadOnlyList<Figure> figures, IReadOnlyList<int> years, int? year) =>
        new(title, figures.Select((f, i) => new SlideChart($"slide-chart-{i}", Enlarge(f))).ToArray(), years, year);

    /// <summary>Large type, and the height left to the presenter's layout (the figures are freshly built, so changing them is safe).</summary>
    private static Figure Enlarge(Figure figure)
    {
        figure.Layout.Height = null;
        figure.Layout.AutoSize = true;
        figure.Layout.Font = new Plotly.Blazor.LayoutLib.Font { Size = FontSize };
        return figure;
    }

    private static int? ParseInt(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
