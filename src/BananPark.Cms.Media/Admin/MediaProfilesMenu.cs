using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Media.Admin;

/// <summary>The Media profiles entry of the admin navigation, for those who may manage the named sizes.</summary>
internal sealed class MediaProfilesMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items { get; } = [new("Media profiles", MediaAdminUrls.Profiles, MediaPermissions.ManageMediaProfiles, 13)];
}
