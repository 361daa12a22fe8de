namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a yes/no field (Orchard's <c>BooleanFieldSettings</c>).</summary>
public sealed class BooleanFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>Text beside the checkbox; the field's display name when empty.</summary>
    public string? Label { get; set; }

    /// <summary>Value of a new item.</summary>
    public bool DefaultValue { get; set; }
}
