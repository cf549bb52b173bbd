using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Tests.Store;

internal static class DatasetAssert
{
    /// <summary>Equal content, with values compared by their bits rather than by <c>==</c>.</summary>
    public static void BitwiseEqual(Dataset expected, Dataset actual)
    {
        Assert.Equal(expected.Regions, actual.Regions);
        Assert.Equal(expected.Indicators, actual.Indicators);
        Assert.Equal(expected.Observations.Count, actual.Observations.Count);
        foreach (var (want, got) in expected.Observations.Zip(actual.Observations))
        {
            Assert.Equal((want.RegionCode, want.Year, want.IndicatorCode), (got.RegionCode, got.Year, got.IndicatorCode));
            Assert.Equal(want.Value.HasValue, got.Value.HasValue);
            if (want.Value is { } wantValue)
                Assert.Equal(BitConverter.DoubleToInt64Bits(wantValue), BitConverter.DoubleToInt64Bits(got.Value!.Value));
        }
        Assert.Equal(expected.BoundaryGeoJson, actual.BoundaryGeoJson);
    }
}
