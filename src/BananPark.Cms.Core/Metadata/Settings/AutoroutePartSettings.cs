namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>How an item's URL is made when the editor leaves the path empty.</summary>
public sealed class AutoroutePartSettings
{
    /// <summary>Liquid pattern, e.g. <c>enterprises/{{ ContentItem.DisplayText | slugify }}</c>.</summary>
    public string? Pattern { get; set; }

    /// <summary>Editors may type their own path.</summary>
    public bool AllowCustomPath { get; set; }

    /// <summary>Editors may mark an item as the site's home page.</summary>
    public bool ShowHomepageOption { get; set; }
}
