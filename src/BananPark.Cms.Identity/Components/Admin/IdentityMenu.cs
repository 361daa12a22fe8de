using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Identity.Components.Admin;

/// <summary>The Users, Roles and Security log entries of the admin navigation.</summary>
internal sealed class IdentityMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items { get; } =
    [
        new("Users", "/admin/users", CmsPermissions.ManageUsers, 80),
        new("Roles", "/admin/roles", CmsPermissions.ManageRoles, 81),
        new("Security log", "/admin/security-log", CmsPermissions.ViewAuditTrail, 90),
    ];
}
