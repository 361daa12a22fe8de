using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Media library paths with their alternative texts: <c>{"Paths": […], "MediaTexts": […], "Anchors": […]}</c>.</summary>
public sealed class MediaField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(MediaField), ValueShapes.Of(("Paths", ValueShape.TextArray), ("MediaTexts", ValueShape.TextArray), ("Anchors", ValueShape.Array))) { DisplayName = "Media" };

    /// <summary>Paths inside the media library.</summary>
    public IList<string> Paths { get; init; } = [];

    /// <summary>Alternative text per path.</summary>
    public IList<string> MediaTexts { get; init; } = [];
}
