using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>
/// A media response as <see cref="MediaResponseCache"/> keeps it: exactly one of <see cref="Body"/> (small enough to keep
/// in memory), <see cref="RenderFile"/> (a larger render in the disk cache) or <see cref="ContentHash"/> (a larger
/// original, opened from the file store), with the headers it is sent with.
/// </summary>
/// <param name="ContentType">The MIME type sent.</param>
/// <param name="ETag">The entity tag (conditional requests are answered 304 from it).</param>
/// <param name="Version">The <c>v=</c> value that makes the URL immutable (the original's content hash, shortened).</param>
/// <param name="Unversioned">True for a profile's render: never immutable, the profile may change.</param>
/// <param name="VaryAccept">True when the format followed the request's <c>Accept</c>.</param>
/// <param name="LastModified">The original's modification time (originals only).</param>
/// <param name="DownloadName">The attachment's file name (PDF), else null.</param>
public sealed record MediaCachedResponse(string ContentType, EntityTagHeaderValue ETag, string Version, bool Unversioned, bool VaryAccept, DateTimeOffset? LastModified, string? DownloadName)
{
    /// <summary>The body, when kept in memory.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The render's file, when too large to keep in memory.</summary>
    public string? RenderFile { get; init; }

    /// <summary>The original's content hash, when too large to keep in memory.</summary>
    public string? ContentHash { get; init; }
}
