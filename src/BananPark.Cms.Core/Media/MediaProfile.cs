namespace BananPark.Cms.Core.Media;

/// <summary>A named size editors and templates use (Orchard's media profile: <c>Hint</c>, <c>Width</c>, <c>Height</c>, <c>Mode</c>, <c>Format</c>, <c>Quality</c>, <c>BackgroundColor</c>).</summary>
public sealed record MediaProfile
{
    /// <summary>The profile's name, as in <c>profile: "card"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where editors see it used.</summary>
    public string? Hint { get; init; }

    /// <summary>Width in pixels; 0 when only the height counts.</summary>
    public int Width { get; init; }

    /// <summary>Height in pixels; 0 when only the width counts.</summary>
    public int Height { get; init; }

    /// <summary>How the picture fits the box.</summary>
    public MediaResizeMode Mode { get; init; } = MediaResizeMode.Max;

    /// <summary>Output format, or null for the source's.</summary>
    public string? Format { get; init; }

    /// <summary>Encoder quality, or null for the default.</summary>
    public int? Quality { get; init; }

    /// <summary>Padding colour (hex, no <c>#</c>), or null.</summary>
    public string? BackgroundColor { get; init; }
}
