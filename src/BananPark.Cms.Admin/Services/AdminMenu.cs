using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;

namespace BananPark.Cms.Admin.Services;

/// <summary>The admin navigation: every contributor's entries, filtered to what the signed-in user may use.</summary>
public sealed class AdminMenu(PermissionChecker permissions, IEnumerable<IAdminMenuContributor> contributors)
{
    public async Task<IReadOnlyList<AdminMenuItem>> ForAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in contributors.SelectMany(c => c.Items).OrderBy(i => i.Position))
        {
            if (await permissions.HasPermissionAsync(user, item.Permission.Name))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}

/// <summary>Assemblies whose routable components the admin router also serves: every capability's <see cref="AdminComponentAssembly"/>.</summary>
public sealed class AdminComponentAssemblies(IEnumerable<AdminComponentAssembly> additional)
{
    public IReadOnlyList<System.Reflection.Assembly> Additional { get; } = additional.Select(a => a.Assembly).Distinct().ToList();
}

/// <summary>The shell's own entries.</summary>
internal sealed class ShellMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items { get; } =
    [
        new("Dashboard", "/admin", CmsPermissions.AccessAdminPanel, 0),
        new("Content", "/admin/content", CmsPermissions.AccessAdminPanel, 10),
        new("Trash", "/admin/content/trash", CmsPermissions.DeleteOwnContent, 11),
        new("Audit trail", "/admin/audit-trail", CmsPermissions.ViewAuditTrail, 89),
        new("Import a recipe", "/admin/recipes/import", CmsPermissions.ImportRecipes, 95),
        new("Export a recipe", "/admin/recipes/export", CmsPermissions.ExportRecipes, 96),
    ];
}
