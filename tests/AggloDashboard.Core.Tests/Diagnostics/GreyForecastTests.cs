using AggloDashboard.Core.Diagnostics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Diagnostics;

/// <summary>
/// Expected numbers were computed independently in python3 from METRICS.md §7: a and b from the normal equations
/// in exact rationals, then x̂¹(k+1) = (x⁰(1) - b/a) e^(-ak) + b/a differenced, residuals over k = 1..n,
/// population standard deviations.
/// </summary>
public class GreyForecastTests
{
    /// <summary>
    /// The classic example of Deng Julong's GM(1,1) (also in Liu et al., Grey Systems Theory and Applications, §7.1):
    /// x⁰ = (2.874, 3.278, 3.337, 3.390, 3.679); published a = -0.037, b = 3.065,
    /// x̂⁰ = (2.874, 3.2320, 3.3545, 3.4817, 3.6136).
    /// x¹ = (2.874, 6.152, 9.489, 12.879, 16.558); z¹ = (4.513, 7.8205, 11.184, 14.7185).
    /// </summary>
    private static readonly double[] Classic = [2.874, 3.278, 3.337, 3.390, 3.679];

    [Fact]
    public void Classic_example_parameters_and_fitted_values()
    {
        var model = GreyForecast.Fit(Classic).Model!;

        Assert.Equal(-0.037204381943558296, model.A, 12);
        Assert.Equal(3.0653633130015265, model.B, 12);
        double[] fitted = [2.874, 3.2320389138705963, 3.3545497633429306, 3.4817044022739765, 3.613678854098694];
        AssertClose(fitted, model.Fitted, 1e-11);
    }

    [Fact]
    public void Classic_example_forecasts_five_years()
    {
        var model = GreyForecast.Fit(Classic).Model!;

        double[] forecasts = [3.7506558144428084, 3.8928249040331906, 4.04038293119477, 4.193534164297162, 4.352490614528776];
        AssertClose(forecasts, model.Forecasts, 1e-11);
    }

    [Fact]
    public void Classic_example_checks()
    {
        // σ = (0.87675, 0.98232, 0.98437, 0.92145) inside (e^(-1/3), e^(1/3)) = (0.71653, 1.39561).
        // ε = (0, 0.04596, -0.01755, -0.09170, 0.06532); S_data = 0.25861, S_residual = 0.05495.
        var model = GreyForecast.Fit(Classic).Model!;

        Assert.True(model.ClassRatio.Passes);
        Assert.Equal(0.7165313105737893, model.ClassRatio.Lower, 15);
        Assert.Equal(1.3956124250860895, model.ClassRatio.Upper, 15);
        Assert.Equal(2.874 / 3.278, model.ClassRatio.Ratios[0], 15);
        Assert.Equal(0.2124719860746814, model.C, 11);
        Assert.Equal(1.0, model.P);
        Assert.Equal(ForecastGrade.Good, model.Grade);
        Assert.True(model.IsReliable);
    }

    [Fact]
    public void A_jump_fails_the_class_ratio_and_is_not_reliable_even_with_a_good_fit()
    {
        // σ(2) = 1/10 < e^(-1/3). The later points still fit closely: a = -0.0868252, C = 0.0090354, P = 1.
        var model = GreyForecast.Fit([1, 10, 11, 12, 13]).Model!;

        Assert.Equal([2], model.ClassRatio.FailingK);
        Assert.Equal(-0.08682521706304266, model.A, 12);
        Assert.Equal(9.52472631181578, model.B, 11);
        Assert.Equal(14.21067191309055, model.Forecasts[0], 10);
        Assert.Equal(0.009035433270917909, model.C, 11);
        Assert.Equal(ForecastGrade.Good, model.Grade);
        Assert.False(model.IsReliable);
    }

    [Fact]
    public void An_oscillating_series_passes_the_class_ratio_but_is_unqualified()
    {
        // x⁰ = (4.2, 5, 4.3, 5, 4.2, 4.9): a = 0.00659195, C = 0.86866, P = 1/6 (only ε(1) = 0 is near ε̄).
        var model = GreyForecast.Fit([4.2, 5, 4.3, 5, 4.2, 4.9]).Model!;

        Assert.True(model.ClassRatio.Passes);
        Assert.Equal(0.006591951621460442, model.A, 12);
        Assert.Equal(0.8686568345823559, model.C, 11);
        Assert.Equal(1.0 / 6, model.P, 15);
        Assert.Equal(ForecastGrade.Unqualified, model.Grade);
        Assert.False(model.IsReliable);
        Assert.Equal(4.468733692511478, model.Forecasts[4], 10);
    }

    [Theory]
    [InlineData(0.35, 0.95, ForecastGrade.Good)]
    [InlineData(0.36, 0.99, ForecastGrade.Qualified)]
    [InlineData(0.2, 0.94, ForecastGrade.Qualified)]
    [InlineData(0.5, 0.8, ForecastGrade.Qualified)]
    [InlineData(0.65, 0.7, ForecastGrade.Barely)]
    [InlineData(0.1, 0.69, ForecastGrade.Unqualified)]
    [InlineData(0.66, 1.0, ForecastGrade.Unqualified)]
    public void Grades_need_both_C_and_P(double c, double p, ForecastGrade expected) =>
        Assert.Equal(expected, GreyForecast.GradeOf(c, p));

    [Fact]
    public void Fewer_than_four_values_give_no_model()
    {
        var result = GreyForecast.Fit([1.0, 2.0, 3.0]);
        Assert.Equal(GreyFitStatus.TooShort, result.Status);
        Assert.Null(result.Model);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_value_that_is_not_positive_gives_no_model(double bad)
    {
        var result = GreyForecast.Fit([1.0, 2.0, bad, 3.0, 4.0]);
        Assert.Equal(GreyFitStatus.NotPositive, result.Status);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_constant_series_forecasts_the_constant_with_an_exact_fit()
    {
        var model = GreyForecast.Fit([0.1, 0.1, 0.1, 0.1]).Model!;

        Assert.Equal(0.0, model.A);
        Assert.Equal(0.1, model.B);
        Assert.All(model.Fitted.Concat(model.Forecasts), v => Assert.Equal(0.1, v));
        Assert.Equal((0.0, 1.0), (model.C, model.P));
        Assert.True(model.IsReliable);
    }

    [Fact]
    public void The_horizon_sets_the_number_of_forecasts()
    {
        Assert.Single(GreyForecast.Fit(Classic, horizon: 1).Model!.Forecasts);
        Assert.Empty(GreyForecast.Fit(Classic, horizon: 0).Model!.Forecasts);
    }

    [Property(MaxTest = 200)]
    public bool Scaling_the_series_scales_the_values_and_keeps_a_and_the_checks(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(4, 20);
        var series = Enumerable.Range(0, n).Select(_ => 1 + random.NextDouble()).ToArray();
        var scale = 0.01 + 100 * random.NextDouble();
        var plain = GreyForecast.Fit(series).Model!;
        var scaled = GreyForecast.Fit(series.Select(x => x * scale).ToArray()).Model!;
        return Math.Abs(plain.A - scaled.A) < 1e-9
            && plain.Forecasts.Zip(scaled.Forecasts).All(p => Math.Abs(p.First * scale / p.Second - 1) < 1e-9)
            && Math.Abs(plain.C - scaled.C) < 1e-9
            && plain.ClassRatio.FailingK.SequenceEqual(scaled.ClassRatio.FailingK);
    }

    [Property(MaxTest = 200)]
    public bool Forecasts_grow_geometrically_by_e_to_the_minus_a(int seed)
    {
        var random = new Random(seed);
        var series = Enumerable.Range(0, random.Next(4, 20)).Select(_ => 1 + random.NextDouble()).ToArray();
        var model = GreyForecast.Fit(series).Model!;
        return model.Forecasts.Zip(model.Forecasts.Skip(1)).All(p => Math.Abs(p.Second / p.First - Math.Exp(-model.A)) < 1e-12);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}] expected {expected[i]}, got {actual[i]}");
        }
    }
}
