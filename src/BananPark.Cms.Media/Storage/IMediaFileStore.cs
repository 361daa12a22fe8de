namespace BananPark.Cms.Media.Storage;

/// <summary>
/// Where the current tenant's media bytes live, by content hash (the same bytes are stored once; the library path is
/// only a row). The default is a folder of the tenant; a shared store for several nodes implements the same four calls.
/// </summary>
public interface IMediaFileStore
{
    /// <summary>The bytes stored under <paramref name="contentHash"/>, or null when there are none.</summary>
    Task<Stream?> OpenReadAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="content"/> under <paramref name="contentHash"/> unless it is there already; true when written now.</summary>
    Task<bool> WriteIfAbsentAsync(string contentHash, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Deletes the bytes under <paramref name="contentHash"/>; nothing happens when there are none.</summary>
    Task DeleteAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>True when bytes are stored under <paramref name="contentHash"/>.</summary>
    Task<bool> ExistsAsync(string contentHash, CancellationToken cancellationToken = default);
}
