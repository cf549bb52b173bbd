using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Engine;

/// <summary>Asserts that the engine's results equal <see cref="ReferenceMetricsEngine"/>'s in every value, bit for bit.</summary>
public static class EngineEquivalence
{
    public static void AssertSame(ReferenceMetricsEngine.Output expected, MetricResults actual)
    {
        Assert.Equal(expected.MetricOrder, actual.MetricOrder);
        Assert.Equal(expected.Regional.Count, actual.Regional.Count);
        for (var k = 0; k < expected.Regional.Count; k++)
        {
            var (e, a) = (expected.Regional[k], actual.Regional[k]);
            Assert.True(e.RegionCode == a.RegionCode && e.Year == a.Year && e.Metric == a.Metric && Bits(e.Value) == Bits(a.Value),
                $"regional value {k}: expected {e} ({Bits(e.Value):X}), got {a} ({Bits(a.Value):X})");
            Assert.Equal(Bits(e.Value), Bits(actual.Get(e.RegionCode, e.Year, e.Metric)!.Value));
        }

        Assert.Equal(expected.Aggregate.Count, actual.Aggregate.Count);
        for (var k = 0; k < expected.Aggregate.Count; k++)
        {
            var (e, a) = (expected.Aggregate[k], actual.Aggregate[k]);
            Assert.True(e.Year == a.Year && e.Metric == a.Metric && Bits(e.Value) == Bits(a.Value),
                $"aggregate value {k}: expected {e}, got {a}");
        }

        Assert.Equal(expected.Weights.Count, actual.Weights.Count);
        for (var k = 0; k < expected.Weights.Count; k++)
        {
            var (e, a) = (expected.Weights[k], actual.Weights[k]);
            Assert.True(e.Composite == a.Composite && e.IndicatorCode == a.IndicatorCode
                        && Bits(e.Weight) == Bits(a.Weight) && Bits(e.Entropy) == Bits(a.Entropy),
                $"weight {k}: expected {e}, got {a}");
        }

        Assert.Equal(expected.Composites.Count, actual.Composites.Count);
        for (var k = 0; k < expected.Composites.Count; k++)
        {
            var (e, a) = (expected.Composites[k], actual.Composites[k]);
            Assert.Equal(e.Composite, a.Composite);
            Assert.Equal(e.IndicatorCodes, a.IndicatorCodes);
            Assert.Equal(e.Weights.Select(Bits), a.Weights.Select(Bits));
            Assert.Equal(e.Observations, a.Observations);
            Assert.Equal(e.Standardised.Count, a.Standardised.Count);
            for (var o = 0; o < e.Standardised.Count; o++)
            {
                Assert.Equal(e.Standardised[o].Select(Bits), a.Standardised[o].Select(Bits));
            }
        }
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}
