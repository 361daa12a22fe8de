using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Rich text, sanitized when saved and when rendered: <c>{"Html": …}</c>. Orchard gives it no <c>Required</c> setting.</summary>
public sealed class HtmlField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(HtmlField), ValueShapes.Of(("Html", ValueShape.Text))) { DisplayName = "HTML", HasRequired = false };

    /// <summary>The stored value.</summary>
    public string? Html { get; set; }
}
