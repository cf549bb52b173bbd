using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using FsCheck;
using FsCheck.Xunit;

namespace AggloDashboard.Web.Tests.Services;

public sealed class MetricSettingsQueryTests
{
    private static readonly double[] ShiftedBounds = [0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

    [Fact]
    public void A_url_without_settings_gives_the_defaults_and_no_problems()
    {
        var parsed = MetricSettingsQuery.Parse("/coupling?year=2015&lang=en");

        Assert.Equal(DashboardDataService.SettingsKey(MetricSettings.Default), DashboardDataService.SettingsKey(parsed.Settings));
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Every_setting_is_read_from_the_url()
    {
        var parsed = MetricSettingsQuery.Parse(
            "/coupling?ccd=modified&alpha=0.5,0.3,0.2&calpha=0.6,0.4&weighting=equal&classes=" + string.Join(',', ShiftedBounds) + "&tol=0.05");

        Assert.Empty(parsed.Problems);
        var s = parsed.Settings;
        Assert.Equal(CouplingForm.Modified, s.CouplingForm);
        Assert.Equal([0.5, 0.3, 0.2], s.InnovationAlphas!.ToArray(), new ToleranceComparer(1e-15));
        Assert.Equal([0.6, 0.4], s.CouplingAlphas!.ToArray(), new ToleranceComparer(1e-15));
        Assert.Equal(WeightingMethod.Equal, s.Weighting.Method);
        Assert.Equal(ShiftedBounds, s.ClassThresholds.Classes.Select(c => c.UpperBound));
        Assert.Equal(0.05, s.RelativeDevelopmentTolerance);
    }

    [Fact]
    public void User_weights_are_code_weight_pairs()
    {
        var parsed = MetricSettingsQuery.Parse("/coordination?weighting=user&w=a.x:2,b.y:0.5");

        Assert.Empty(parsed.Problems);
        Assert.Equal(WeightingMethod.UserGiven, parsed.Settings.Weighting.Method);
        Assert.Equal(2, parsed.Settings.Weighting.UserWeights["a.x"]);
        Assert.Equal(0.5, parsed.Settings.Weighting.UserWeights["b.y"]);
    }

    [Theory]
    [InlineData("ccd=wang", "ccd")]
    [InlineData("alpha=0.5,0.5", "alpha")]
    [InlineData("alpha=0.5,0.3,0.3", "alpha")]
    [InlineData("alpha=1.2,-0.1,-0.1", "alpha")]
    [InlineData("alpha=a,b,c", "alpha")]
    [InlineData("calpha=0.7,0.4", "calpha")]
    [InlineData("weighting=pca", "weighting")]
    [InlineData("weighting=user", "w")]
    [InlineData("weighting=user&w=a.x:0", "w")]
    [InlineData("weighting=user&w=a.x:1,a.x:2", "w")]
    [InlineData("classes=0.1,0.2,0.3", "classes")]
    [InlineData("classes=0.2,0.1,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1", "classes")]
    [InlineData("classes=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.85,0.9", "classes")]
    [InlineData("tol=-0.1", "tol")]
    [InlineData("tol=NaN", "tol")]
    [InlineData("tol=2", "tol")]
    public void An_unusable_setting_is_reported_and_keeps_its_default(string query, string parameter)
    {
        var parsed = MetricSettingsQuery.Parse("/coupling?" + query);

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(parameter, problem.Parameter);
        Assert.False(string.IsNullOrWhiteSpace(problem.ReasonZh));
        Assert.False(string.IsNullOrWhiteSpace(problem.ReasonEn));
        Assert.True(MetricSettingsQuery.IsDefault(parsed.Settings));
    }

    [Fact]
    public void Alphas_typed_to_four_decimals_are_rescaled_and_equal_alphas_are_the_default()
    {
        Assert.True(MetricSettingsQuery.IsDefault(MetricSettingsQuery.Parse("/?alpha=0.3333,0.3333,0.3333").Settings));

        var parsed = MetricSettingsQuery.Parse("/?alpha=0.5,0.25,0.2499");
        Assert.Empty(parsed.Problems);
        Assert.Equal(1.0, parsed.Settings.InnovationAlphas!.Sum(), 12);
    }

    [Fact]
    public void Only_settings_that_differ_from_the_defaults_are_written()
    {
        Assert.Empty(MetricSettingsQuery.ToQuery(MetricSettings.Default));
        var settings = MetricSettings.Default with { RelativeDevelopmentTolerance = 0.2, CouplingForm = CouplingForm.Modified };

        Assert.Equal([new("ccd", "modified"), new("tol", "0.2")], MetricSettingsQuery.ToQuery(settings));
    }

    [Fact]
    public void Applying_settings_replaces_the_old_ones_and_keeps_the_rest_of_the_url()
    {
        var url = DashboardUrls.WithSettings("/coupling?year=2015&ccd=modified&tol=0.3&lang=en",
            MetricSettings.Default with { Weighting = IndicatorWeighting.Equal });

        Assert.Equal("/coupling?year=2015&lang=en&weighting=equal", url);
        Assert.Equal("/coupling?year=2015&lang=en", DashboardUrls.WithSettings(url, MetricSettings.Default));
    }

    [Property(MaxTest = 200)]
    public bool Settings_written_to_the_url_read_back_the_same(PositiveInt a, PositiveInt b, PositiveInt c, bool modified, byte tol, bool equal)
    {
        var total = (double)a.Get + b.Get + c.Get;
        var settings = MetricSettings.Default with
        {
            CouplingForm = modified ? CouplingForm.Modified : CouplingForm.Standard,
            InnovationAlphas = [a.Get / total, b.Get / total, c.Get / total],
            CouplingAlphas = [a.Get / (double)(a.Get + b.Get), b.Get / (double)(a.Get + b.Get)],
            Weighting = equal ? IndicatorWeighting.Equal : IndicatorWeighting.UserGiven(new Dictionary<string, double> { ["x.y"] = a.Get }),
            RelativeDevelopmentTolerance = tol / 255.0,
        };

        var url = DashboardUrls.Coupling(new DashboardQuery(2015, Settings: settings));
        var back = MetricSettingsQuery.Parse(url);

        return back.Problems.Count == 0 &&
               Close(back.Settings.InnovationAlphas, settings.InnovationAlphas) && Close(back.Settings.CouplingAlphas, settings.CouplingAlphas) &&
               back.Settings.CouplingForm == settings.CouplingForm && back.Settings.Weighting == settings.Weighting &&
               back.Settings.RelativeDevelopmentTolerance == settings.RelativeDevelopmentTolerance;
    }

    // Equal α are the default and are not written, so they read back as null.
    private static bool Close(IReadOnlyList<double>? actual, IReadOnlyList<double>? written) =>
        actual is null
            ? written!.All(v => Math.Abs(v - 1.0 / written!.Count) < 1e-12)
            : actual.Zip(written!).All(p => Math.Abs(p.First - p.Second) < 1e-15);

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}
