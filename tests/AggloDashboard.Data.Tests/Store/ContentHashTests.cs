using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Tests.Store;

public sealed class ContentHashTests
{
    private static readonly Dataset Original = SampleDatasets.Awkward();

    public static TheoryData<string> ChangeNames => new(Changes.Keys);

    private static readonly Dictionary<string, Func<Dataset>> Changes = new()
    {
        ["a value by one ulp"] = () => ChangeObservation(0, o => o with { Value = Math.BitIncrement(o.Value!.Value) }),
        ["a value from 0 to missing"] = () => ChangeObservation(IndexOfValue(0.0), o => o with { Value = null }),
        ["a value from missing to 0"] = () => ChangeObservation(IndexOfValue(null), o => o with { Value = 0.0 }),
        ["a year"] = () => ChangeObservation(0, o => o with { Year = o.Year + 1 }),
        ["an observation removed"] = () => new Dataset(Original.Regions, Original.Indicators, Original.Observations.Skip(1), Original.BoundaryGeoJson),
        ["a Chinese name"] = () => ChangeRegion(1, r => r with { NameZh = "南京" }),
        ["an English name"] = () => ChangeRegion(1, r => r with { NameEn = "Nanking" }),
        ["a character moved between fields"] = () => ChangeRegion(1, r => r with { NameZh = r.NameZh + "N", NameEn = r.NameEn[1..] }),
        ["a region level"] = () => ChangeRegion(1, r => r with { Level = RegionLevel.Province }),
        ["a parent from none to empty"] = () => ChangeRegion(0, r => r with { ParentCode = "" }),
        ["an indicator direction"] = () => ChangeIndicator(0, i => i with { Direction = -i.Direction }),
        ["an indicator subsystem"] = () => ChangeIndicator(0, i => i with { Subsystem = Subsystem.EmploymentOther }),
        ["an indicator unit"] = () => ChangeIndicator(0, i => i with { Unit = i.Unit + " " }),
        ["the boundary text"] = () => WithBoundary(Original.BoundaryGeoJson!.Replace("118.7", "118.8", StringComparison.Ordinal)),
        ["the boundary removed"] = () => WithBoundary(null),
        ["an alias added"] = () => ChangeRegion(1, r => r with { Aliases = "宁" }),
        ["an alias changed"] = () => new Dataset(Original.Regions.Select((r, i) => i == 1 ? r with { Aliases = "宁;金陵" } : r with { Aliases = i == 2 ? "宁" : null }),
            Original.Indicators, Original.Observations, Original.BoundaryGeoJson),
    };

    [Fact]
    public void Equal_content_has_equal_hashes_whatever_the_input_order()
    {
        var shuffled = new Dataset(Original.Regions.Reverse(), Original.Indicators.Reverse(),
            Original.Observations.Reverse(), Original.BoundaryGeoJson);

        Assert.Equal(ContentHash.Compute(Original), ContentHash.Compute(SampleDatasets.Awkward()));
        Assert.Equal(ContentHash.Compute(Original), ContentHash.Compute(shuffled));
    }

    [Fact]
    public void The_hash_is_lowercase_hex_sha256()
    {
        Assert.Matches("^[0-9a-f]{64}$", ContentHash.Compute(Original));
    }

    [Fact]
    public void The_hash_does_not_depend_on_the_current_culture()
    {
        var expected = ContentHash.Compute(Original);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(expected, ContentHash.Compute(Original));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// Stored versions keep their hash, so the serialization must not drift. The expected hash was computed
    /// outside .NET from the format documented on <see cref="ContentHash.Compute"/>.
    /// </summary>
    [Fact]
    public void The_serialization_format_is_stable()
    {
        var tiny = new Dataset(
            [new Region("320100", "南京市", "Nanjing", RegionLevel.Prefecture, "320000")],
            [new Indicator("pm25", "细颗粒物", "PM2.5", "μg/m³", Subsystem.Context, -1)],
            [new Observation("320100", 2020, "pm25", 0.1 + 0.2), new Observation("320100", 2021, "pm25", null)],
            null);

        Assert.Equal("e7d89e4845a2a66f80647c45a29c27aea22a6cc5bee155abc2af6f188b178e4a", ContentHash.Compute(tiny));
    }

    [Fact]
    public void An_empty_boundary_differs_from_none()
    {
        Assert.NotEqual(ContentHash.Compute(WithBoundary("")), ContentHash.Compute(WithBoundary(null)));
    }

    [Theory]
    [MemberData(nameof(ChangeNames))]
    public void Any_change_of_content_changes_the_hash(string change)
    {
        Assert.NotEqual(ContentHash.Compute(Original), ContentHash.Compute(Changes[change]()));
    }

    private static int IndexOfValue(double? value) =>
        Original.Observations.ToList().FindIndex(o => o.Value.HasValue == value.HasValue && (value is null || o.Value == value));

    private static Dataset ChangeObservation(int index, Func<Observation, Observation> change) =>
        new(Original.Regions, Original.Indicators, Original.Observations.Select((o, i) => i == index ? change(o) : o), Original.BoundaryGeoJson);

    private static Dataset ChangeRegion(int index, Func<Region, Region> change) =>
        new(Original.Regions.Select((r, i) => i == index ? change(r) : r), Original.Indicators, Original.Observations, Original.BoundaryGeoJson);

    private static Dataset ChangeIndicator(int index, Func<Indicator, Indicator> change) =>
        new(Original.Regions, Original.Indicators.Select((x, i) => i == index ? change(x) : x), Original.Observations, Original.BoundaryGeoJson);

    private static Dataset WithBoundary(string? geoJson) =>
        new(Original.Regions, Original.Indicators, Original.Observations, geoJson);
}
