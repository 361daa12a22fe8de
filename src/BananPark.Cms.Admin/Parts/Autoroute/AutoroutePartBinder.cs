using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Admin.Parts.Autoroute;

/// <summary>
/// <c>AutoroutePart.Path</c> (slashes trimmed) only when the type allows a custom path, and <c>.SetHomepage</c>
/// only when it shows the home-page option.
/// </summary>
public sealed class AutoroutePartBinder : IPartBinder
{
    public void Bind(FormSlot slot, ContentTypePartDefinition attached)
    {
        var settings = attached.GetSettings<AutoroutePartSettings>();
        if (settings.AllowCustomPath && slot.Has("Path"))
        {
            slot.Set("Path", slot.Trimmed("Path")?.Trim('/') is { Length: > 0 } path ? path : null);
        }

        if (settings.ShowHomepageOption && slot.Has("SetHomepage"))
        {
            slot.Set("SetHomepage", slot.Checked("SetHomepage"));
        }
    }
}
