using BananPark.Cms.Content.Fields.ContentPicker;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Fields.ContentPicker;

/// <summary><c>Input.Multiple</c>, and the ticked types (repeated <see cref="TypesField"/>, read from the form itself).</summary>
public sealed class ContentPickerFieldSettingsBinder : FieldSettingsBinder<ContentPickerFieldSettingsInput>
{
    /// <summary>The name of the type checkboxes.</summary>
    public const string TypesField = "DisplayedContentTypes";

    public override ContentPickerFieldSettingsInput Bind(IFormCollection form, ICollection<string> problems) => new()
    {
        Multiple = Checked(form, "Multiple"),
        DisplayedContentTypes = form[TypesField].OfType<string>().Where(t => t.Length > 0).ToList(),
    };
}
