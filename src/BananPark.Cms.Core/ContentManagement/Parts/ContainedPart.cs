using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>Puts an item in a container's list (an item with a <see cref="ListPart"/>).</summary>
public sealed class ContainedPart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(ContainedPart), ValueShapes.Of(("ListContentItemId", ValueShape.Text), ("Order", ValueShape.Number)))
    {
        DisplayName = "Contained",
        AttachedAtRunTime = true,
    };

    /// <summary>The container's content item id.</summary>
    public string? ListContentItemId { get; set; }

    /// <summary>Position within the container, lowest first.</summary>
    public int Order { get; set; }
}
