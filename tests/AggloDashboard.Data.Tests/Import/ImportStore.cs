using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;
using AggloDashboard.Data.Tests.Boundaries;
using AggloDashboard.Data.Tests.Store;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>A temporary store whose active version is the bundled seed panel, and an importer on it.</summary>
internal sealed class ImportStore : IDisposable
{
    private readonly TemporaryStore _temporary;

    private ImportStore(TemporaryStore temporary, Dataset seed, DatasetVersion seedVersion)
    {
        _temporary = temporary;
        Seed = seed;
        SeedVersion = seedVersion;
        Importer = new DatasetImporter(temporary.Store);
    }

    public static Dataset SeedDataset { get; } =
        DatasetFolderReader.Read(Path.Combine(RepositoryRoot.Path, "seed-data")).Dataset!;

    public Dataset Seed { get; }
    public DatasetVersion SeedVersion { get; }
    public DatasetStore Store => _temporary.Store;
    public DatasetImporter Importer { get; }

    public static async Task<ImportStore> CreateAsync()
    {
        var temporary = await TemporaryStore.CreateMigratedAsync();
        var version = await temporary.Store.AddVersionAsync(SeedDataset, "seed", "test", isIllustrative: true, activate: true, CancellationToken.None);
        return new ImportStore(temporary, SeedDataset, version);
    }

    /// <summary>The active version's id, hash and the number of versions: what an import that fails must leave alone.</summary>
    public async Task<(int? Id, string? Hash, int Count)> StateAsync()
    {
        var active = await Store.GetActiveAsync(CancellationToken.None);
        var versions = await Store.ListVersionsAsync(CancellationToken.None);
        return (active?.Id, active?.ContentHash, versions.Count);
    }

    public void Dispose() => _temporary.Dispose();
}
