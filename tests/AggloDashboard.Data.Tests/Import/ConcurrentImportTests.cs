using System.Text;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Tests.Import;

public class ConcurrentImportTests
{
    [Fact]
    public async Task Readers_during_an_import_see_the_old_or_the_new_version_never_a_mix()
    {
        using var store = await ImportStore.CreateAsync();
        var text = new StringBuilder("region_code,year,indicator,value\n");
        foreach (var o in store.Seed.Observations.Where(o => o.Value is not null))
        {
            text.Append($"{o.RegionCode},{o.Year},{o.IndicatorCode},{o.Value!.Value + 1}\n");
        }

        var preview = await store.Importer.PreviewAsync(
            new ImportRequest("all.csv", Encoding.UTF8.GetBytes(text.ToString()), ImportShape.Long), CancellationToken.None);
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var active = await store.Store.GetActiveAsync(CancellationToken.None);
                var content = await store.Store.ReadAsync(active!.Id, CancellationToken.None);
                seen.Enqueue(ContentHash.Compute(content));
            }
        });

        var committed = await store.Importer.CommitAsync(preview, "admin", activate: true, CancellationToken.None);
        while (!seen.Contains(committed.ContentHash))
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await reader;
        Assert.All(seen, hash => Assert.Contains(hash, new[] { store.SeedVersion.ContentHash, committed.ContentHash }));
    }
}
