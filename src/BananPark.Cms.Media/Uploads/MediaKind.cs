namespace BananPark.Cms.Media.Uploads;

/// <summary>A kind of file the library accepts, decided from its first bytes.</summary>
/// <param name="MimeType">What it is served as.</param>
/// <param name="Extension">The extension its stored name gets (whatever the client called it).</param>
/// <param name="IsImage">True for pictures (identified, oriented, stripped and resizable).</param>
public sealed record MediaKind(string MimeType, string Extension, bool IsImage)
{
    public static readonly MediaKind Jpeg = new("image/jpeg", "jpg", true);
    public static readonly MediaKind Png = new("image/png", "png", true);
    public static readonly MediaKind Gif = new("image/gif", "gif", true);
    public static readonly MediaKind WebP = new("image/webp", "webp", true);
    public static readonly MediaKind Pdf = new("application/pdf", "pdf", false);

    /// <summary>The kind of <paramref name="head"/> (the file's first bytes; 16 suffice), or null for anything else.</summary>
    public static MediaKind? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return head.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    /// <summary>True when <paramref name="head"/> looks like SVG (XML or an <c>&lt;svg</c> element), refused for the scripts it can carry.</summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The kind served for a stored MIME type.</summary>
    public static MediaKind? FromMimeType(string mimeType) => mimeType switch
    {
        "image/jpeg" => Jpeg,
        "image/png" => Png,
        "image/gif" => Gif,
        "image/webp" => WebP,
        "application/pdf" => Pdf,
        _ => null,
    };
}
