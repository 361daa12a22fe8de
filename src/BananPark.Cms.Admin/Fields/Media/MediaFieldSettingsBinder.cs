using BananPark.Cms.Content.Fields.Media;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Fields.Media;

/// <summary><c>Input.Multiple</c>, <c>Input.AllowMediaText</c>, <c>Input.AltTextRequired</c>.</summary>
public sealed class MediaFieldSettingsBinder : FieldSettingsBinder<MediaFieldSettingsInput>
{
    public override MediaFieldSettingsInput Bind(IFormCollection form, ICollection<string> problems) => new()
    {
        Multiple = Checked(form, "Multiple"),
        AllowMediaText = Checked(form, "AllowMediaText"),
        AltTextRequired = Checked(form, "AltTextRequired"),
    };
}
