using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Tests.Boundaries;

namespace AggloDashboard.Data.Tests.Spatial;

/// <summary>LISA on the bundled panel with its queen contiguity: nine cities, so every p-value is exact.</summary>
public sealed class SeedLisaTests
{
    private static readonly Lazy<(Dataset Dataset, MetricResults Results, SpatialWeights Queen)> Seed = new(() =>
    {
        var dataset = DatasetFolderReader.Read(Path.Combine(RepositoryRoot.Path, "seed-data")).Dataset!;
        return (dataset, MetricsEngine.Compute(dataset), DatasetWeights.For(dataset).Queen!);
    });

    [Fact]
    public void Changchun_2023_producer_services_lq_has_the_exact_p_of_3_in_56_and_is_not_significant()
    {
        // Changchun borders Jilin, Siping and Songyuan: C(8, 3) = 56 neighbour sets from the other eight cities, and
        // only the observed one and two others give a local I at least as large.
        var (_, results, queen) = Seed.Value;
        var values = queen.Codes.Select(c => results.Get(c, 2023, MetricCodes.LqProducerServices)!.Value).ToArray();

        var changchun = MoranI.Local(queen, values).Single(l => l.Code == "220100");

        Assert.Equal(3, queen.NeighboursOf("220100").Count);
        Assert.Equal(3.0 / 56, changchun.PseudoP, 15);
        Assert.Equal(LisaPMethod.Exact, changchun.PMethod);
        Assert.Equal(LisaCluster.NotSignificant, changchun.Cluster);
        Assert.True(changchun.I > 0 && changchun.Value > values.Average());
    }

    [Fact]
    public void Every_seed_lisa_p_value_is_exact_and_a_whole_number_of_neighbour_sets()
    {
        var (dataset, results, queen) = Seed.Value;

        var lisa = AnalyticsReport.Compute(dataset, results, [queen]).Lisa;

        Assert.NotEmpty(lisa);
        Assert.All(lisa, row =>
        {
            // A city without the metric that year is left out, so the others draw from one city fewer.
            var present = queen.Restrict(lisa.Where(l => l.Metric == row.Metric && l.Year == row.Year).Select(l => l.Result.Code));
            var sets = Binomial(present.Codes.Count - 1, present.NeighboursOf(row.Result.Code).Count);
            Assert.Equal(LisaPMethod.Exact, row.Result.PMethod);
            var share = row.Result.PseudoP * sets;
            Assert.Equal(Math.Round(share), share, 9);
            Assert.InRange(row.Result.PseudoP, 1.0 / sets, 1.0);
        });
    }

    private static double Binomial(int n, int k) =>
        Enumerable.Range(1, k).Aggregate(1.0, (c, j) => c * (n - k + j) / j);
}
