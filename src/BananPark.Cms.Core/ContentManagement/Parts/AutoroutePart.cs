using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>The item's public URL path, set by hand or from the type's pattern.</summary>
public sealed class AutoroutePart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(AutoroutePart), ValueShapes.Of(("Path", ValueShape.Text), ("SetHomepage", ValueShape.Boolean), ("Disabled", ValueShape.Boolean)))
    {
        DisplayName = "Autoroute",
    };

    /// <summary>Path without leading slash, e.g. <c>groups/jieshi</c>.</summary>
    public string? Path { get; set; }

    /// <summary>When true the item is the site's home page.</summary>
    public bool SetHomepage { get; set; }

    /// <summary>When true the item has no public URL.</summary>
    public bool Disabled { get; set; }
}
