namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a text field.</summary>
public sealed class TextFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>A value is required.</summary>
    public bool Required { get; set; }
}
