namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>References to other content items, by id.</summary>
public sealed class ContentPickerField
{
    /// <summary>The picked items' ids, in order.</summary>
    public IList<string> ContentItemIds { get; init; } = [];
}
