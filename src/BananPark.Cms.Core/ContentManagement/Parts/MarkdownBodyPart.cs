namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>Markdown body; rendered to HTML and sanitized at render time.</summary>
public sealed class MarkdownBodyPart
{
    /// <summary>The Markdown source.</summary>
    public string? Markdown { get; set; }
}
