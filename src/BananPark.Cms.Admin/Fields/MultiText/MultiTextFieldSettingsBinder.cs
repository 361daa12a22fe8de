using BananPark.Cms.Content.Fields.MultiText;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Fields.MultiText;

/// <summary><c>Input.Options</c> as typed (the rules read it line by line).</summary>
public sealed class MultiTextFieldSettingsBinder : FieldSettingsBinder<MultiTextFieldSettingsInput>
{
    public override MultiTextFieldSettingsInput Bind(IFormCollection form, ICollection<string> problems)
        => new() { Options = form[Prefix + "Options"].FirstOrDefault() };
}
