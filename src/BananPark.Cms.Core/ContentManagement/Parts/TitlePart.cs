using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>The item's title; it also sets the item's display text.</summary>
public sealed class TitlePart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(TitlePart), ValueShapes.Of(("Title", ValueShape.Text)))
    {
        DisplayName = "Title",
    };

    /// <summary>The title as the editor typed it.</summary>
    public string? Title { get; set; }
}
