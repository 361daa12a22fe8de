using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>
/// Marks an item as a container. Its children point back with <see cref="ContainedPart"/>;
/// the relation is stored once, on the child. Settings (<c>ListPartSettings</c>) name the
/// contained types.
/// </summary>
public sealed class ListPart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(ListPart), ValueShapes.Of())
    {
        DisplayName = "List",
    };
}
