using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>
/// One city's obstacle diagnosis in a year and its GM(1,1) forecast of the coordination degree D, with their charts:
/// the part of the /diagnosis page that the city profile and the city report show for one city.
/// </summary>
public sealed record CityDiagnosis(CityObstacles? Obstacles, CityForecast? Forecast, Figure? ObstacleChart, Figure ForecastChart)
{
    /// <summary>
    /// The diagnosis of <paramref name="cityCode"/> in <paramref name="year"/>, from the snapshot's obstacle degrees and
    /// forecasts of D (computed off the circuit, see <see cref="SnapshotAnalyses"/>); <paramref name="ct"/> ends the wait.
    /// When it had to wait, it picks out the city's rows and charts on the thread pool, not back on the caller's circuit.
    /// </summary>
    public static async Task<CityDiagnosis> ComposeAsync(DashboardSnapshot s, string cityCode, int year, Lang lang, CancellationToken ct)
    {
        var analyses = s.Analyses;
        var pendingObstacles = analyses.ObstaclesAsync(ct);
        var pendingForecasts = analyses.ForecastsAsync(MetricCodes.CouplingD, ct);
        var obstacles = DiagnosisData.Obstacles(s, await pendingObstacles.ConfigureAwait(false), year, lang).FirstOrDefault(o => o.CityCode == cityCode);
        var forecast = (await pendingForecasts.ConfigureAwait(false)).FirstOrDefault(f => f.RegionCode == cityCode);
        return new CityDiagnosis(
            obstacles,
            forecast,
            obstacles is null ? null : DiagnosisFigures.TopObstacles(obstacles, lang),
            DiagnosisFigures.Forecasts(s, forecast is null ? [] : [forecast], s.Catalog.Find(MetricCodes.CouplingD)!, lang));
    }

    /// <summary>The obstacle share of each innovation subsystem, as "input 40.1%, output ..." in the language.</summary>
    public string SubsystemShares(Lang lang) => Obstacles is null
        ? ""
        : string.Join(lang.Pick("，", ", "), DiagnosisData.InnovationSubsystems
            .Where(Obstacles.Subsystems.ContainsKey)
            .Select(k => UiText.Get(lang, DiagnosisData.SubsystemKey(k)) + " " + Obstacles.Subsystems[k].ToString("0.0", lang.Culture()) + "%"));
}
