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
    /// x = 10, 11, 12, 13, 100 (median 12, MAD 1: 100 scores 88 / 1.4826).
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

    [Fact]
    public void Only_values_beyond_a_robust_z_of_three_and_a_half_are_outliers()
    {
        var outlier = Assert.Single(DataQuality.Check(Sample()).Outliers);

        Assert.Equal(("100500", 2020, "x", 100.0, 12.0, 1.0), (outlier.RegionCode, outlier.Year, outlier.IndicatorCode, outlier.Value, outlier.Median, outlier.Mad));
        Assert.Equal(88 / 1.4826, outlier.RobustZ, 12);
    }

    [Fact]
    public void A_year_with_fewer_than_three_cities_with_complete_employment_is_thin()
    {
        var thin = Assert.Single(DataQuality.Check(Sample()).ThinYears);

        Assert.Equal(2021, thin.Year);
        Assert.Equal(["100100", "100200"], thin.CompleteCities);
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
