using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

/// <summary>
/// The disparity, convergence, spatial and driving-factor analyses (docs/METRICS.md §2, §7) for one dataset, as <c>compute</c>
/// writes them. Pure and deterministic (permutations are seeded).
/// </summary>
public static class AnalyticsReport
{
    /// <param name="weights">Spatial weights to use, the default first (LISA uses only the first); none skips the
    /// spatial statistics.</param>
    /// <param name="progress">Told, after each year of Moran's I and LISA (per metric and weights matrix), how many
    /// such years are done out of all; the costly part of the analyses at many regions.</param>
    /// <param name="ct">Checked before each of those years.</param>
    public static AnalyticsResults Compute(Dataset dataset, MetricResults results,
        IReadOnlyList<SpatialWeights> weights, AnalyticsOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken ct = default)
    {
        options ??= AnalyticsOptions.Default;
        var notes = new List<string>();
        var byMetricYear = results.Regional.ToLookup(v => (v.Metric, v.Year));
        var years = results.Regional.Select(v => v.Year).Distinct().Order().ToArray();

        var (sigma, beta) = ConvergenceOf(results, options.Metrics);
        var (moran, lisa) = Spatial(byMetricYear, years, weights, options, notes, progress, ct);

        var spec = options.Regression ?? RegressionSpec.Default(dataset);
        var panel = RegressionPanel.Build(dataset, results, spec);
        var regressions = Regressions(panel, notes);
        var grey = GreyRelationalPanel.Compute(dataset, results, spec.Dependent, spec.Drivers);

        return new AnalyticsResults(sigma, beta, moran, lisa, KrugmanSpecialisation.ForDataset(dataset), grey, panel,
            regressions, notes);
    }

    /// <summary>
    /// Sigma convergence by year and beta convergence of <paramref name="metrics"/>, as <see cref="Compute"/> reports
    /// them: what the disparities page shows, without the spatial statistics and regressions.
    /// </summary>
    public static (IReadOnlyList<SigmaRow> Sigma, IReadOnlyList<BetaRow> Beta) ConvergenceOf(MetricResults results,
        IReadOnlyList<string> metrics)
    {
        var byMetricYear = results.Regional.ToLookup(v => (v.Metric, v.Year));
        var years = results.Regional.Select(v => v.Year).Distinct().Order().ToArray();
        var sigma = (from metric in metrics
            from year in years
            let values = byMetricYear[(metric, year)].Select(v => v.Value).ToArray()
            where values.Length >= 2
            select new SigmaRow(metric, Convergence.Sigma(year, values))).ToArray();
        var beta = metrics.Select(m => Beta(results, m)).OfType<BetaRow>().ToArray();
        return (sigma, beta);
    }

    /// <summary>From the first to the last year in which the metric has values, over the cities present in both.</summary>
    private static BetaRow? Beta(MetricResults results, string metric)
    {
        var values = results.Regional.Where(v => v.Metric == metric).ToArray();
        if (values.Length == 0)
        {
            return null;
        }

        var first = values.Min(v => v.Year);
        var last = values.Max(v => v.Year);
        if (last == first)
        {
            return null;
        }

        var cities = values.Where(v => v.Year == first).Select(v => v.RegionCode)
            .Where(c => results.Get(c, last, metric) is not null)
            .ToArray();
        var result = Convergence.Beta(cities.Select(c => results.Get(c, first, metric)!.Value).ToArray(),
            cities.Select(c => results.Get(c, last, metric)!.Value).ToArray(), last - first);
        return new BetaRow(metric, first, last, result);
    }

    private static (MoranRow[], LisaRow[]) Spatial(ILookup<(string Metric, int Year), RegionMetricValue> byMetricYear,
        int[] years, IReadOnlyList<SpatialWeights> weights, AnalyticsOptions options, List<string> notes,
        IProgress<AnalysisProgress>? progress, CancellationToken ct)
    {
        var moran = new List<MoranRow>();
        var lisa = new List<LisaRow>();
        var total = weights.Count * options.Metrics.Count * years.Length;
        var done = 0;
        foreach (var w in weights)
        {
            foreach (var metric in options.Metrics)
            {
                foreach (var year in years)
                {
                    ct.ThrowIfCancellationRequested();
                    SpatialYear(byMetricYear[(metric, year)], w, ReferenceEquals(w, weights[0]), metric, year, options, moran, lisa);
                    progress?.Report(new AnalysisProgress(++done, total));
                }
            }
        }

        var regions = moran.Select(m => m.Result.N).DefaultIfEmpty(0).Max();
        if (regions is > 0 and < AnalyticsOptions.FewRegions)
        {
            notes.Add($"Moran's I and LISA rest on only {regions} regions: the permutation and normal tests have " +
                      "little power, so a non-significant result is weak evidence of no spatial pattern, and a " +
                      "single city can decide a local cluster.");
        }

        return (moran.ToArray(), lisa.ToArray());
    }

    /// <summary>Moran's I of one metric-year under <paramref name="w"/>, and its LISA under the default weights; none below 3 regions.</summary>
    private static void SpatialYear(IEnumerable<RegionMetricValue> yearValues, SpatialWeights w, bool isDefault, string metric,
        int year, AnalyticsOptions options, List<MoranRow> moran, List<LisaRow> lisa)
    {
        var present = yearValues.ToDictionary(v => v.RegionCode, v => v.Value, StringComparer.Ordinal);
        var restricted = w.Restrict(present.Keys);
        if (restricted.Codes.Count < 3)
        {
            return;
        }

        var values = restricted.Codes.Select(c => present[c]).ToArray();
        moran.Add(new MoranRow(w.Name, metric, year, MoranI.Global(restricted, values, options.Permutations, options.Seed)));
        if (isDefault)
        {
            lisa.AddRange(MoranI.Local(restricted, values, options.Permutations, options.Seed)
                .Select(l => new LisaRow(w.Name, metric, year, l)));
        }
    }

    private static RegressionResult[] Regressions(RegressionPanel panel, List<string> notes)
    {
        var data = panel.Data;
        if (panel.Dropped.Count > 0)
        {
            notes.Add($"Regression of {data.Dependent}: N = {data.Rows.Count}; city-years dropped for missing or " +
                      $"non-positive values: {panel.Dropped.Count}.");
        }

        var clusters = data.Rows.Select(r => r.Entity).Distinct().Count();
        var years = data.Rows.Select(r => r.Time).Distinct().Count();
        if (data.Regressors.Count == 0 || clusters < 2 || data.Rows.Count <= data.Regressors.Count + years)
        {
            notes.Add($"Regression of {data.Dependent} skipped: {data.Rows.Count} complete rows in {clusters} cities " +
                      $"for {data.Regressors.Count} drivers.");
            return [];
        }

        RegressionResult[] fits = [PanelRegression.PooledOls(data), PanelRegression.TwoWayFixedEffects(data)];
        if (fits[0].FewClustersNote is { } few)
        {
            notes.Add(few);
        }

        return fits;
    }
}
