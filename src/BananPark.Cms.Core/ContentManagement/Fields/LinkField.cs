using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A link: URL, its text and optional target: <c>{"Url": …, "Text": …, "Target": …}</c>.</summary>
public sealed class LinkField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(LinkField), ValueShapes.Of(("Url", ValueShape.Text), ("Text", ValueShape.Text), ("Target", ValueShape.Text))) { DisplayName = "Link" };

    /// <summary>The address (http, https, mailto or tel).</summary>
    public string? Url { get; set; }

    /// <summary>The link's visible text.</summary>
    public string? Text { get; set; }

    /// <summary>Optional target, e.g. <c>_blank</c>.</summary>
    public string? Target { get; set; }
}
