namespace BananPark.Cms.Content.Fields.ContentPicker;

/// <summary>A content picker's own settings as the field page edits them.</summary>
public sealed class ContentPickerFieldSettingsInput
{
    /// <summary>More than one item may be picked.</summary>
    public bool Multiple { get; set; }

    /// <summary>The types items may be picked from; none means any type.</summary>
    public IReadOnlyList<string> DisplayedContentTypes { get; set; } = [];
}
