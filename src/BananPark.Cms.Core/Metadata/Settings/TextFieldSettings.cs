namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a text field.</summary>
public sealed class TextFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>A value is required.</summary>
    public bool Required { get; set; }

    /// <summary>Value shown for a new item (Orchard's setting; kept, not applied by the editor yet).</summary>
    public string? DefaultValue { get; set; }

    /// <summary>
    /// Most characters allowed, counted in text elements (one per Chinese character or emoji).
    /// Null for the default: 1,000 on a single line, 20,000 in a text area.
    /// </summary>
    public int? MaxLength { get; set; }
}
