using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>
/// Orchard's widget placement (zone, layer, position), which Orchard attaches at run time. Nothing
/// here places widgets: an item that carries it keeps it exactly as stored, unchecked.
/// </summary>
public sealed class LayerMetadata : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(LayerMetadata), ValueShapes.Of())
    {
        DisplayName = "Layer metadata",
        AttachedAtRunTime = true,
    };
}
