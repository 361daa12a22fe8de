namespace BananPark.Cms.Content.Fields.MultiText;

/// <summary>A multi-text field's own settings as the field page edits them.</summary>
public sealed class MultiTextFieldSettingsInput
{
    /// <summary>One option per line, <c>Label</c> or <c>Label | value</c>.</summary>
    public string? Options { get; set; }
}
