namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a media field (Orchard's <c>MediaFieldSettings</c>).</summary>
public sealed class MediaFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>At least one media item is required.</summary>
    public bool Required { get; set; }

    /// <summary>More than one media item may be chosen.</summary>
    public bool Multiple { get; set; }
}
