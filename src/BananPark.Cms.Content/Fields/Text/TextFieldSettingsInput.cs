namespace BananPark.Cms.Content.Fields.Text;

/// <summary>A text field's own settings as the field page edits them.</summary>
public sealed class TextFieldSettingsInput
{
    /// <summary><c>ContentPartFieldSettings.Editor</c>: empty (the standard one-line input) or <c>TextArea</c>.</summary>
    public string? Editor { get; set; }

    /// <summary>Most characters allowed, <c>TextFieldSettings.MaxLength</c>; null for the editor's default.</summary>
    public int? MaxLength { get; set; }
}
