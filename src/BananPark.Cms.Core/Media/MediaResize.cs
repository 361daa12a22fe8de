namespace BananPark.Cms.Core.Media;

/// <summary>
/// What a resized URL asks for, with Orchard's query names: <c>width</c>, <c>height</c>, <c>rmode</c>, <c>format</c>,
/// <c>quality</c>, <c>rxy</c> (the anchor, else the asset's focal point), <c>bgcolor</c>; or a named <c>profile</c>.
/// </summary>
public sealed record MediaResize
{
    /// <summary>Target width in pixels.</summary>
    public int? Width { get; init; }

    /// <summary>Target height in pixels.</summary>
    public int? Height { get; init; }

    /// <summary>How the picture fits the box.</summary>
    public MediaResizeMode Mode { get; init; } = MediaResizeMode.Max;

    /// <summary>Output format (<c>jpg</c>, <c>png</c>, <c>webp</c>, <c>gif</c>); null keeps the source's, or WebP when the browser accepts it.</summary>
    public string? Format { get; init; }

    /// <summary>Encoder quality 1..100; null is the encoder's default.</summary>
    public int? Quality { get; init; }

    /// <summary>The crop anchor; null uses the asset's focal point.</summary>
    public FocalPoint? Anchor { get; init; }

    /// <summary>Padding colour for <see cref="MediaResizeMode.Pad"/> and <see cref="MediaResizeMode.BoxPad"/> (hex, no <c>#</c>).</summary>
    public string? BackgroundColor { get; init; }

    /// <summary>A media profile's name; when set, the profile's commands are used and the others are ignored.</summary>
    public string? Profile { get; init; }
}
