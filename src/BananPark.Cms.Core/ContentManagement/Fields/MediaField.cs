namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Media library paths with their alternative texts.</summary>
public sealed class MediaField
{
    /// <summary>Paths inside the media library.</summary>
    public IList<string> Paths { get; init; } = [];

    /// <summary>Alternative text per path.</summary>
    public IList<string> MediaTexts { get; init; } = [];
}
