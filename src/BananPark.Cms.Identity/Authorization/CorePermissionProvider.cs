using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>The permissions every site has (<see cref="CmsPermissions"/>).</summary>
internal sealed class CorePermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => CmsPermissions.All;
}
