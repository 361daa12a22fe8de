namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>What a list (container) may hold.</summary>
public sealed class ListPartSettings
{
    /// <summary>Content types allowed as children.</summary>
    public IList<string> ContainedContentTypes { get; init; } = [];

    /// <summary>Children per page on public pages.</summary>
    public int PageSize { get; set; } = 10;
}
