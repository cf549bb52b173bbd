using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Engine;

/// <summary>
/// The engine computes over arrays indexed by city, year and code; these tests hold it to the straightforward
/// <see cref="ReferenceMetricsEngine"/>, every output value bit for bit, on panels with gaps and degenerate values.
/// </summary>
public class EngineReferenceTests
{
    public static TheoryData<string> Settings() =>
    [
        "",
        "ccd=modified&alpha=0.5,0.3,0.2&weighting=equal&tol=0.05",
        "weighting=user&w=in.rd:2,out.pat:1,ben.gdp:3,ben.energy:1,lq.manufacturing:1,lq.producer_services:2,coagg:1",
    ];

    [Theory]
    [MemberData(nameof(Settings))]
    public void Sixty_regions_with_gaps_match_the_reference_bit_for_bit(string settingsText)
    {
        var dataset = WithGaps(PanelBuilder.Random(60, 20, seed: 11), seed: 5).Build();
        var settings = settingsText.Length == 0 ? MetricSettings.Default : MetricSettingsText.ParseText(settingsText).Settings;
        EngineEquivalence.AssertSame(ReferenceMetricsEngine.Compute(dataset, settings), MetricsEngine.Compute(dataset, settings));
    }

    [Fact]
    public void Degenerate_values_match_the_reference_bit_for_bit()
    {
        // A city without employment, one with no producer services, a constant indicator and a year of one city.
        var builder = PanelBuilder.Random(8, 4, seed: 3)
            .Employment("100100", 2001, 0, 0, 0, 0)
            .Employment("100200", 2002, 100, 30, 0, 0)
            .Set("100300", 2000, ("ben.energy", 1.0)).Set("100400", 2000, ("ben.energy", 1.0));
        foreach (var city in new[] { "100100", "100200", "100300", "100400", "100500", "100600", "100700" })
        {
            builder.Set(city, 2003, ("emp.total", null), ("in.rd", null));
        }

        var dataset = builder.Build();
        EngineEquivalence.AssertSame(ReferenceMetricsEngine.Compute(dataset), MetricsEngine.Compute(dataset));
    }

    [Fact]
    public void A_panel_without_employment_indicators_matches_the_reference()
    {
        var full = PanelBuilder.Random(5, 3, seed: 9).Build();
        var dataset = new Dataset(full.Regions, full.Indicators.Where(i => i.Code != "emp.mfg"), full.Observations, null);
        EngineEquivalence.AssertSame(ReferenceMetricsEngine.Compute(dataset), MetricsEngine.Compute(dataset));
    }

    /// <summary>About one value in twelve set missing, at seeded random places.</summary>
    private static PanelBuilder WithGaps(PanelBuilder builder, int seed)
    {
        var dataset = builder.Build();
        var random = new Random(seed);
        foreach (var o in dataset.Observations.Where(_ => random.Next(12) == 0).ToArray())
        {
            builder.Set(o.RegionCode, o.Year, (o.IndicatorCode, null));
        }

        return builder;
    }
}
