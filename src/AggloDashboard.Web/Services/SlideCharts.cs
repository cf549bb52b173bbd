using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;

namespace AggloDashboard.Web.Services;

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
    public async Task<SlideContent> BuildAsync(StoryView view, Lang lang, int? year)
    {
        // The saved view's calculation settings, as its page would use them.
        var s = (await data.ResolveAsync(MetricSettingsText.Parse(name => view.Get(name)))).Snapshot;
        var y = PageQuery.ResolveYear(s, year ?? ParseInt(view.Get("year")));
        MetricInfo Metric(string fallback) => PageQuery.ResolveMetric(s, view.Get("metric"), fallback);
        string Title(string page) => UiText.Get(lang, "nav." + page);

        SlideContent Yearly(string title, params Figure[] figures) => Content(title, figures, s.Years, y) with { Illustrative = s.Version.IsIllustrative };
        SlideContent Fixed(string title, params Figure[] figures) => Content(title, figures, [], null) with { Illustrative = s.Version.IsIllustrative };
        Figure[] MapAndRanking(MetricInfo m) =>
            s.HasBoundaries ? [MapFigure.Build(s, m, y, lang), RankingFigure.Build(s, m, y, lang)] : [RankingFigure.Build(s, m, y, lang)];

        switch (view.Path)
        {
            case "/":
                return Yearly(Title("overview"), MapAndRanking(Metric(MetricCodes.CouplingD)));
            case "/map":
                return Yearly(Title("map"), MapAndRanking(Metric(MetricCodes.InnovationD)));
            case "/trends":
            {
                var (from, to) = TrendData.ResolveRange(s, ParseInt(view.Get("from")), ParseInt(view.Get("to")));
                var m = Metric(MetricCodes.CouplingD);
                return Fixed(Title("trends") + " · " + m.Name(lang), TrendFigure.Build(s, m, PageQuery.ResolveCities(s, view.Get("cities")), from, to, lang,
                    view.Get("multiples") is "1" or "true"));
            }
            case "/coordination":
                return Fixed(Title("coordination"), CoordinationFigures.ClassHeatmap(s, MetricCodes.InnovationD, lang));
            case "/coupling":
                return Yearly(Title("coupling"), CouplingFigures.Scatter(s, y, lang, s.Analyses.IsoLines));
            case "/disparities":
            {
                var m = Metric(MetricCodes.CouplingD);
                var sigma = s.Analyses.Analytics.Metric(m.Code, null).Sigma.Where(p => p.Metric == m.Code).Select(p => p.Point).ToArray();
                return Fixed(Title("disparities") + " · " + m.Name(lang), DisparityFigures.Sigma(sigma, lang));
            }
            case "/diagnosis":
                return Yearly(Title("diagnosis"),
                    DiagnosisFigures.SubsystemObstacles(DiagnosisData.Obstacles(s, s.Analyses.Obstacles, y, lang), lang));
            case "/spatial" when s.Analyses.Analytics.Weights.Default is { } weights:
            {
                var m = Metric(MetricCodes.CouplingD);
                var moran = s.Analyses.Analytics.Metric(m.Code, weights).Moran.Where(r => r.Metric == m.Code && r.Weights == weights.Name)
                    .OrderBy(r => r.Year).ToArray();
                return Fixed(Title("spatial") + " · " + m.Name(lang), SpatialFigures.Moran(moran, lang));
            }
            case DashboardUrls.ShiftSharePath when ShiftShareView.Resolve(s, ParseInt(view.Get("from")), ParseInt(view.Get("to")),
                view.Get("method"), view.Get("cities"), lang) is { Result: { } result } shift:
                return Fixed($"{UiText.Get(lang, "nav.shift-share")} · {shift.From}–{shift.To} · {UiText.Get(lang, "shift.method." + shift.Method.ToCode())}",
                    ShiftShareFigures.Components(s, shift.Cities, lang), ShiftShareFigures.CompetitiveHeatmap(s, result, shift.Cities, lang));
        }

        if (view.Path.StartsWith("/city/", StringComparison.Ordinal) && s.CityByCode.TryGetValue(view.Path["/city/".Length..], out var city))
        {
            var m = Metric(MetricCodes.CouplingD);
            return Fixed(lang.Pick(city.NameZh, city.NameEn) + " · " + m.Name(lang), TrendFigure.Build(s, m, [city.Code], s.Years[0], s.LatestYear, lang));
        }

        var page = view.Path.TrimStart('/');
        var metric = Metric(page == "drivers" ? MetricCodes.LqProducerServices : MetricCodes.CouplingD);
        // A city the shown version does not have (a story saved on another dataset) says so above the ranking.
        var title = page.StartsWith("city/", StringComparison.Ordinal) ? UiText.Get(lang, "city.notFound") : Title(page);
        return Yearly(title, RankingFigure.Build(s, metric, y, lang));
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
