using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Admin.Components.Settings;

/// <summary>The Settings entry of the admin navigation.</summary>
internal sealed class SettingsMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items { get; } =
    [
        new("Settings", "/admin/settings", CmsPermissions.ManageSettings, 85),
    ];
}
