namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>Rich text body; untrusted until sanitized at render time.</summary>
public sealed class HtmlBodyPart
{
    /// <summary>The HTML as stored.</summary>
    public string? Html { get; set; }
}
