using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields.Text;

/// <summary>A text field's editor (one line or a text area) and its maximum length.</summary>
public sealed class TextFieldSettingsRules : FieldKindSettings<TextField, TextFieldSettingsInput>
{
    /// <summary>Editor variants of a text field: empty is the standard one-line input.</summary>
    public static IReadOnlyList<string> Editors { get; } = ["", "TextArea"];

    public override TextFieldSettingsInput Read(ContentPartFieldDefinition field) => new()
    {
        Editor = SettingsJson.Text(CommonOf(field), "Editor") ?? "",
        MaxLength = SettingsJson.Integer(OwnOf(field), "MaxLength"),
    };

    public override IEnumerable<string> Problems(TextFieldSettingsInput input, ContentDefinition definition)
    {
        if (!Editors.Contains(input.Editor ?? ""))
        {
            yield return "Choose the standard editor or the text area.";
        }

        if (input.MaxLength is < 1)
        {
            yield return "The maximum length must be at least 1 (or empty for no limit).";
        }
    }

    public override void Write(ContentPartFieldDefinition field, TextFieldSettingsInput input)
    {
        SettingsJson.Set(Common(field), "Editor", string.IsNullOrEmpty(input.Editor) ? null : input.Editor);
        SettingsJson.Set(Own(field), "MaxLength", input.MaxLength);
    }
}
