using System.Globalization;
using BananPark.Cms.Content.Fields.Text;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Fields.Text;

/// <summary><c>Input.Editor</c> and <c>Input.MaxLength</c> (a whole number, or empty for the default).</summary>
public sealed class TextFieldSettingsBinder : FieldSettingsBinder<TextFieldSettingsInput>
{
    public override TextFieldSettingsInput Bind(IFormCollection form, ICollection<string> problems)
    {
        var input = new TextFieldSettingsInput { Editor = Text(form, "Editor") ?? "" };
        if (Text(form, "MaxLength") is { } max)
        {
            if (int.TryParse(max, NumberStyles.Integer, CultureInfo.InvariantCulture, out var length))
            {
                input.MaxLength = length;
            }
            else
            {
                problems.Add("The maximum length must be a whole number (or empty for no limit).");
            }
        }

        return input;
    }
}
