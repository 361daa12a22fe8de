using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Single- or multi-line plain text: <c>{"Text": …}</c>.</summary>
public sealed class TextField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(TextField), ValueShapes.Of(("Text", ValueShape.Text))) { DisplayName = "Text" };

    /// <summary>The stored value.</summary>
    public string? Text { get; set; }
}
