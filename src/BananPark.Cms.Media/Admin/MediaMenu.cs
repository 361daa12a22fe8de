using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Media.Admin;

/// <summary>The Media entry of the admin navigation, for anybody who may manage at least their own files.</summary>
internal sealed class MediaMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items { get; } = [new("Media", MediaAdminUrls.Library, MediaPermissions.ManageOwnMediaContent, 12)];
}
