using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>Every permission of the tenant: the global ones and those of each securable content type.</summary>
public sealed class PermissionCatalog(IContentDefinitionManager definitions)
{
    /// <summary>All permissions by name.</summary>
    public async Task<IReadOnlyDictionary<string, Permission>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var all = CmsPermissions.All.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var type in (await definitions.GetAsync(cancellationToken)).Types.Where(t => t.TypeSettings.Securable))
        {
            foreach (var permission in ContentTypePermissions.For(type.Name, type.DisplayName).Values)
            {
                all[permission.Name] = permission;
            }
        }

        return all;
    }
}
