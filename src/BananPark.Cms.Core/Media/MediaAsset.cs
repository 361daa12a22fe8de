namespace BananPark.Cms.Core.Media;

/// <summary>
/// One file of the media library as the site knows it: its row, not its bytes. <see cref="Path"/> is the library
/// path (<c>park/hero.jpg</c>: forward slashes, no leading slash, never a path on disk), served at <c>/media/{Path}</c>.
/// </summary>
public sealed record MediaAsset
{
    /// <summary>The library path, unique per tenant.</summary>
    public required string Path { get; init; }

    /// <summary>The folder part of <see cref="Path"/> (<c>""</c> at the root).</summary>
    public required string Folder { get; init; }

    /// <summary>The file name part of <see cref="Path"/>.</summary>
    public required string FileName { get; init; }

    /// <summary>Size in bytes.</summary>
    public required long Length { get; init; }

    /// <summary>Pixel width after orientation was applied; null for documents (PDF).</summary>
    public int? Width { get; init; }

    /// <summary>Pixel height after orientation was applied; null for documents (PDF).</summary>
    public int? Height { get; init; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes: the same content is stored once.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The MIME type sniffed from the bytes (<c>image/jpeg</c>, <c>image/png</c>, <c>image/webp</c>, <c>image/gif</c>, <c>application/pdf</c>).</summary>
    public required string MimeType { get; init; }

    /// <summary>Alternative text per culture name (<c>en</c>, <c>zh-CN</c>; <c>""</c> for the site's default).</summary>
    public IReadOnlyDictionary<string, string> AltTexts { get; init; } = new Dictionary<string, string>();

    /// <summary>Caption shown under the picture, if any.</summary>
    public string? Caption { get; init; }

    /// <summary>Credit (photographer, source), if any.</summary>
    public string? Credit { get; init; }

    /// <summary>The point a crop keeps in view; null means the centre.</summary>
    public FocalPoint? FocalPoint { get; init; }

    /// <summary>The user id of who uploaded it (the owner for <c>ManageOwnMediaContent</c>); null for recipe imports.</summary>
    public string? UploadedBy { get; init; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTime UploadedUtc { get; init; }

    /// <summary>When its row last changed (UTC).</summary>
    public DateTime ModifiedUtc { get; init; }

    /// <summary>True for pictures the resizer can render (not PDF).</summary>
    public bool IsImage => Width is not null && Height is not null;

    /// <summary>The alternative text for <paramref name="culture"/>, else the default one, else null.</summary>
    public string? AltText(string? culture)
        => culture is not null && AltTexts.TryGetValue(culture, out var text) && text.Length > 0 ? text
            : AltTexts.TryGetValue("", out var fallback) && fallback.Length > 0 ? fallback : null;
}
