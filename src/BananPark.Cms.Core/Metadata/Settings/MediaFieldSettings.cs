namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a media field (Orchard's <c>MediaFieldSettings</c>, plus <see cref="AltTextRequired"/>).</summary>
public sealed class MediaFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>At least one media item is required.</summary>
    public bool Required { get; set; }

    /// <summary>More than one media item may be chosen.</summary>
    public bool Multiple { get; set; }

    /// <summary>Editors may write an alternative text per chosen item (Orchard's name; on by default, as there).</summary>
    public bool AllowMediaText { get; set; } = true;

    /// <summary>Every chosen picture needs an alternative text (only meaningful with <see cref="AllowMediaText"/>).</summary>
    public bool AltTextRequired { get; set; }
}
