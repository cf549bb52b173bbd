using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Tests.Engine;

namespace AggloDashboard.Core.Tests.Diagnostics;

public class MetricForecastsTests
{
    [Fact]
    public void Each_city_series_is_forecast_from_its_own_values()
    {
        var results = MetricsEngine.Compute(PanelBuilder.Random(3, 6, seed: 4).Build());

        var forecasts = MetricForecasts.Compute(results, MetricCodes.InnovationD);

        Assert.Equal(["100100", "100200", "100300"], forecasts.Select(f => f.RegionCode));
        var second = forecasts[1];
        Assert.Equal([2000, 2001, 2002, 2003, 2004, 2005], second.Years);
        var series = second.Years.Select(y => results.Get("100200", y, MetricCodes.InnovationD)!.Value).ToArray();
        Assert.Equal(GreyForecast.Fit(series).Model, second.Result.Model, new SameModel());
        Assert.Equal(2006, second.ForecastYear(1));
    }

    [Fact]
    public void A_gap_starts_the_series_afresh()
    {
        // Output is missing in 2002, so innov.d of 100100 exists for 2000-2001 and 2003-2007: the model uses 2003-2007.
        var data = PanelBuilder.Random(2, 8, seed: 2).Set("100100", 2002, ("out.pat", null)).Build();
        var results = MetricsEngine.Compute(data);

        var forecast = MetricForecasts.Compute(results, MetricCodes.InnovationD).First();

        Assert.Equal([2003, 2004, 2005, 2006, 2007], forecast.Years);
        Assert.Equal(GreyFitStatus.Fitted, forecast.Result.Status);
    }

    [Fact]
    public void A_short_series_is_reported_without_a_model()
    {
        var results = MetricsEngine.Compute(PanelBuilder.Random(2, 3, seed: 1).Build());

        Assert.All(MetricForecasts.Compute(results, MetricCodes.CouplingD),
            f => Assert.Equal(GreyFitStatus.TooShort, f.Result.Status));
    }

    private sealed class SameModel : IEqualityComparer<GreyModel?>
    {
        public bool Equals(GreyModel? x, GreyModel? y) =>
            x is not null && y is not null && x.A == y.A && x.B == y.B && x.Forecasts.SequenceEqual(y.Forecasts);

        public int GetHashCode(GreyModel? obj) => 0;
    }
}
