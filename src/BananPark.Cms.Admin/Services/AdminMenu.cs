using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;

namespace BananPark.Cms.Admin.Services;

/// <summary>An entry of the admin navigation and the permission it needs.</summary>
public sealed record AdminMenuItem(string Title, string Url, Permission Permission, int Position);

/// <summary>The admin navigation, filtered to what the signed-in user may use.</summary>
public sealed class AdminMenu(PermissionChecker permissions)
{
    /// <summary>Every entry; a screen adds itself here when it exists.</summary>
    public static IReadOnlyList<AdminMenuItem> All { get; } =
    [
        new("Dashboard", "/admin", CmsPermissions.AccessAdminPanel, 0),
    ];

    public async Task<IReadOnlyList<AdminMenuItem>> ForAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in All.OrderBy(i => i.Position))
        {
            if (await permissions.HasPermissionAsync(user, item.Permission.Name))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}

/// <summary>Assemblies whose routable components the admin router also serves (e.g. the sign-in pages).</summary>
public sealed class AdminComponentAssemblies(IEnumerable<System.Reflection.Assembly> additional)
{
    public IEnumerable<System.Reflection.Assembly> Additional { get; } = additional.ToList();
}
