namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a Markdown field (Orchard's <c>MarkdownFieldSettings</c>, plus our limits).</summary>
public sealed class MarkdownFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>Orchard's flag; here Markdown is always rendered sanitized, so it is kept but not read.</summary>
    public bool SanitizeHtml { get; set; } = true;

    /// <summary>Some text is required.</summary>
    public bool Required { get; set; }

    /// <summary>Most characters of Markdown source, in text elements; null for 200,000.</summary>
    public int? MaxLength { get; set; }
}
