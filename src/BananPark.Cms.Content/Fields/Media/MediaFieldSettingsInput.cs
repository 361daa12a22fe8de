namespace BananPark.Cms.Content.Fields.Media;

/// <summary>A media field's own settings as the field page edits them.</summary>
public sealed class MediaFieldSettingsInput
{
    /// <summary>More than one file may be chosen.</summary>
    public bool Multiple { get; set; }

    /// <summary>Editors write an alternative text per file.</summary>
    public bool AllowMediaText { get; set; } = true;

    /// <summary>Every file needs its alternative text.</summary>
    public bool AltTextRequired { get; set; }
}
