using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Seed;

namespace AggloDashboard.Web.Tests.National;

/// <summary>The data service on the generated national illustrative panel (367 prefecture-level regions, with boundaries).</summary>
public sealed class NationalFixture() : DashboardFixture(Generate())
{
    private static string Generate()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"agglo-national-{Guid.NewGuid():N}");
        var generated = RegionSetPanel.Generate(RegionSet.National);
        DatasetFolderWriter.Write(generated.Dataset, folder, generated.BoundaryFileName);
        return folder;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class NationalCollection : ICollectionFixture<NationalFixture>
{
    public const string Name = "national";
}
