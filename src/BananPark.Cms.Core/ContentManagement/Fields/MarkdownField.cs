namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Markdown source; rendered and sanitized.</summary>
public sealed class MarkdownField
{
    /// <summary>The stored value.</summary>
    public string? Markdown { get; set; }
}
