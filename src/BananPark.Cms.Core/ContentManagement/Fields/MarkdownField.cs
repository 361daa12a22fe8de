using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Markdown source, rendered and sanitized: <c>{"Markdown": …}</c>. Orchard gives it no <c>Required</c> setting.</summary>
public sealed class MarkdownField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(MarkdownField), ValueShapes.Of(("Markdown", ValueShape.Text))) { DisplayName = "Markdown", HasRequired = false };

    /// <summary>The stored value.</summary>
    public string? Markdown { get; set; }
}
