using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Quality;

namespace AggloDashboard.Core.Tests.Quality;

public sealed class DataQualityTests
{
    private static readonly string[] Cities = ["100100", "100200", "100300", "100400", "100500"];

    private static readonly Indicator[] Indicators =
    [
        new("emp.total", "就业", "Employment", "p", Subsystem.EmploymentTotal, 1),
        new("emp.mfg", "制造业", "Manufacturing", "p", Subsystem.Manufacturing, 1),
        new("emp.ps", "生产性服务业", "Producer services", "p", Subsystem.ProducerServices, 1),
        new("emp.other", "其他", "Other", "p", Subsystem.EmploymentOther, 1),
        new("x", "指标", "Driver", "u", Subsystem.Driver, 1),
    ];

    /// <summary>
    /// 2020: complete; city 2's sectors (50 + 40 + 20 = 110) exceed its total of 100, city 4's equal it exactly;
    /// x = 10, 11, 12, 13, 100 (far from the other cities, but a single year says nothing of the city's own series).
    /// 2021: emp.ps only for cities 1 and 2 (2 complete cities), x empty for city 3 and absent for city 4.
    /// The province's values are not checked.
    /// </summary>
    private static Dataset Sample()
    {
        var regions = new List<Region> { new("100000", "省", "Province", RegionLevel.Province, null) };
        regions.AddRange(Cities.Select((c, i) => new Region(c, $"市{i}", $"City {i + 1}", RegionLevel.Prefecture, "100000")));
        var o = new List<Observation>();
        double[] x2020 = [10, 11, 12, 13, 100];
        for (var i = 0; i < Cities.Length; i++)
        {
            var c = Cities[i];
            o.Add(new(c, 2020, "emp.total", 100));
            o.Add(new(c, 2020, "emp.mfg", i == 1 ? 50 : 40));
            o.Add(new(c, 2020, "emp.ps", i == 1 ? 40 : 30));
            o.Add(new(c, 2020, "emp.other", i == 3 ? 30 : 20));
            o.Add(new(c, 2020, "x", x2020[i]));
            o.Add(new(c, 2021, "emp.total", 100));
            o.Add(new(c, 2021, "emp.mfg", 40));
            o.Add(new(c, 2021, "emp.ps", i < 2 ? 30 : null));
            o.Add(new(c, 2021, "emp.other", 20));
            if (i != 3)
                o.Add(new(c, 2021, "x", i == 2 ? null : 5 + i));
        }

        o.Add(new("100000", 2021, "x", null));
        return new Dataset(regions, Indicators, o, null);
    }

    [Fact]
    public void Robust_z_scores_match_hand_computed_values()
    {
        var (median, mad, scores) = DataQuality.RobustZ([1, 2, 3, 4, 100]);

        Assert.Equal(3, median);
        Assert.Equal(1, mad);
        Assert.Equal(97 / 1.4826, scores[4], 12);
        Assert.Equal(2 / 1.4826, scores[0], 12);
    }

    [Fact]
    public void Robust_z_scores_are_undefined_when_most_values_are_equal()
    {
        var (_, mad, scores) = DataQuality.RobustZ([5, 5, 5, 9]);

        Assert.Equal(0, mad);
        Assert.All(scores, s => Assert.True(double.IsNaN(s)));
    }

    [Fact]
    public void Missing_values_are_listed_per_indicator_and_year_with_the_cities()
    {
        var report = DataQuality.Check(Sample());

        Assert.Equal(
            [("emp.ps", 2021, "100300,100400,100500"), ("x", 2021, "100300,100400")],
            report.Missing.Select(m => (m.IndicatorCode, m.Year, string.Join(",", m.RegionCodes))).ToArray());
    }

    [Fact]
    public void Sector_sums_above_the_total_are_found_and_an_exact_sum_is_not()
    {
        var excess = Assert.Single(DataQuality.Check(Sample()).SectorSums);

        Assert.Equal(new SectorSumExcess("100200", 2020, "emp.total", 110, 100), excess);
    }

    /// <summary>
    /// x of five cities over 2015-2022, growing 10 % a year from 10, 11, 12, 13 and, for the capital 100500, 100,
    /// each year 5 % above or below the trend in turn; 100300's 2020 value is multiplied by <paramref name="slip"/>.
    /// </summary>
    private static Dataset Panel(double slip)
    {
        var regions = Cities.Select((c, i) => new Region(c, $"市{i}", $"City {i + 1}", RegionLevel.Prefecture, null)).ToArray();
        double[] start = [10, 11, 12, 13, 100];
        var observations = Cities.SelectMany((c, i) => Enumerable.Range(2015, 8).Select(y =>
            new Observation(c, y, "x", start[i] * Math.Pow(1.1, y - 2015) * (y % 2 == 0 ? 1.05 : 1 / 1.05) *
                                        (c == "100300" && y == 2020 ? slip : 1))));
        return new Dataset(regions, Indicators, observations, null);
    }

    [Fact]
    public void A_unit_slip_is_an_outlier_but_the_capital_and_the_growth_are_not()
    {
        var outlier = Assert.Single(DataQuality.Check(Panel(slip: 10)).Outliers);

        Assert.Equal(("100300", 2020, "x"), (outlier.RegionCode, outlier.Year, outlier.IndicatorCode));
        // The trend runs through the other years, about 10 % growth from 12.
        Assert.Equal(12 * Math.Pow(1.1, 5), outlier.TrendValue, 12 * Math.Pow(1.1, 5) * 0.05);
        Assert.True(outlier.RobustZ > DataQuality.OutlierThreshold);
    }

    [Fact]
    public void A_deviation_like_the_series_own_wiggle_is_not_an_outlier()
    {
        Assert.Empty(DataQuality.Check(Panel(slip: 1)).Outliers);
        Assert.Empty(DataQuality.Check(Panel(slip: 1.2)).Outliers);
    }

    [Fact]
    public void Theil_Sen_ignores_a_wild_point()
    {
        var (slope, intercept) = DataQuality.TheilSen([1, 2, 3, 4, 5, 6, 7], [3, 5, 7, 90, 11, 13, 15]);

        Assert.Equal(2, slope, 12);
        Assert.Equal(1, intercept, 12);
    }

    [Fact]
    public void A_complete_consistent_panel_has_no_findings()
    {
        var regions = Cities.Select((c, i) => new Region(c, $"市{i}", $"City {i}", RegionLevel.Prefecture, null)).ToArray();
        var observations = Cities.SelectMany((c, i) => new Observation[]
        {
            new(c, 2020, "emp.total", 100 + i), new(c, 2020, "emp.mfg", 40), new(c, 2020, "emp.ps", 30),
            new(c, 2020, "emp.other", 20), new(c, 2020, "x", 10 + i),
        });

        var report = DataQuality.Check(new Dataset(regions, Indicators, observations, null));

        Assert.Equal(0, report.FindingCount);
    }
}
