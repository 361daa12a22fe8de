namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a rich-text field (Orchard's <c>HtmlFieldSettings</c>, plus our limits).</summary>
public sealed class HtmlFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>Orchard's flag; here rich text is always sanitized, so it is kept but not read.</summary>
    public bool SanitizeHtml { get; set; } = true;

    /// <summary>Some text is required.</summary>
    public bool Required { get; set; }

    /// <summary>Most characters of text (tags not counted), in text elements; null for 200,000.</summary>
    public int? MaxLength { get; set; }
}
