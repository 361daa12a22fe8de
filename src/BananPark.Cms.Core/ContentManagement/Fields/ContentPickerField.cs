using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>References to other content items, by id: <c>{"ContentItemIds": […]}</c>.</summary>
public sealed class ContentPickerField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(ContentPickerField), ValueShapes.Of(("ContentItemIds", ValueShape.TextArray))) { DisplayName = "Content picker" };

    /// <summary>The picked items' ids, in order.</summary>
    public IList<string> ContentItemIds { get; init; } = [];
}
