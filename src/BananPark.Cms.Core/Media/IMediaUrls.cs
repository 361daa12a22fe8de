namespace BananPark.Cms.Core.Media;

/// <summary>The URLs of media files: the original and resized renders, signed when the size is not one anybody may ask for.</summary>
public interface IMediaUrls
{
    /// <summary>The original file: <c>/media/{path}</c>, each segment URL-encoded.</summary>
    string Original(string path);

    /// <summary>
    /// A resized render: <c>/media/{path}?width=…&amp;…</c>. A configured profile, or a width and height each one of the
    /// allowed sizes with no other command, is left unsigned; anything else carries the tenant's signature (<c>token=</c>).
    /// </summary>
    string Resized(string path, MediaResize resize);

    /// <summary>The original file with its version in the query (<c>?v=</c>, from the content hash): a URL that never goes stale, cached for a year.</summary>
    string Original(MediaAsset asset);

    /// <summary>Like <see cref="Resized(string, MediaResize)"/>, with the file's version in the query (cached for a year).</summary>
    string Resized(MediaAsset asset, MediaResize resize);

    /// <summary>The site's media profiles by name (configured ones and those edited in the admin).</summary>
    Task<IReadOnlyDictionary<string, MediaProfile>> ProfilesAsync(CancellationToken cancellationToken = default);
}
