using System.Text;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Web.Services;

/// <summary>A version's boundaries simplified for display, as the bytes <c>/geo/{versionId}.json</c> serves.</summary>
public sealed record BoundaryFile(string ContentHash, byte[] Bytes);

/// <summary>
/// The display boundaries the maps load, made from the stored boundary text alone (never a whole snapshot) and kept
/// by content hash, so a version id given again to other content never meets old boundaries.
/// </summary>
public sealed class BoundaryFiles(DatasetStore store)
{
    /// <summary>How many versions' boundary files are kept.</summary>
    public const int Capacity = 8;

    private readonly BoundedCache<string, Lazy<Task<BoundaryFile?>>> _files = new(Capacity);

    /// <summary>The URL of a version's boundaries, with (part of) its content hash so caches key on the content.</summary>
    public static string UrlOf(DatasetVersion version) => $"/geo/{version.Id}.json?h={HashTag(version)}";

    /// <summary>The part of the content hash a boundary URL carries.</summary>
    public static string HashTag(DatasetVersion version) => version.ContentHash.Length > 16 ? version.ContentHash[..16] : version.ContentHash;

    public int Count => _files.Count;

    /// <summary>The display boundaries of <paramref name="version"/>, or null when it has none.</summary>
    public Task<BoundaryFile?> GetAsync(DatasetVersion version, CancellationToken ct)
    {
        var entry = _files.GetOrAdd(version.ContentHash, hash => new Lazy<Task<BoundaryFile?>>(async () =>
        {
            try
            {
                var geoJson = await store.ReadBoundaryAsync(version.Id, CancellationToken.None);
                return geoJson is null ? null : new BoundaryFile(hash, Encoding.UTF8.GetBytes(DisplayBoundaries.Simplify(geoJson)));
            }
            catch
            {
                _files.RemoveWhere(k => k == hash);
                throw;
            }
        }));
        return entry.Value.WaitAsync(ct);
    }
}
