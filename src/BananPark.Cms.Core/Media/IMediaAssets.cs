namespace BananPark.Cms.Core.Media;

/// <summary>Reads media rows for pages and editors; cached per tenant and evicted when the library changes.</summary>
public interface IMediaAssets
{
    /// <summary>The asset at <paramref name="path"/>, or null when the library has none.</summary>
    Task<MediaAsset?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The assets of <paramref name="paths"/> that exist, by path (one query for what is not cached).</summary>
    Task<IReadOnlyDictionary<string, MediaAsset>> GetManyAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default);
}
