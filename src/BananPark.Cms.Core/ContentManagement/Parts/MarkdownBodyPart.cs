using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>Markdown body; rendered to HTML and sanitized at render time.</summary>
public sealed class MarkdownBodyPart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(MarkdownBodyPart), ValueShapes.Of(("Markdown", ValueShape.Text)))
    {
        DisplayName = "Markdown body",
    };

    /// <summary>The Markdown source.</summary>
    public string? Markdown { get; set; }
}
