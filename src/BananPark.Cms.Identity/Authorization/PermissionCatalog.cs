using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>
/// Every permission of the tenant: the global ones and those of each securable content type.
/// Built once per request and definition document: a page checks many permissions (menu, guards).
/// </summary>
public sealed class PermissionCatalog(IContentDefinitionManager definitions, IEnumerable<IPermissionProvider> providers)
{
    private (ContentDefinition Source, IReadOnlyDictionary<string, Permission> Permissions)? _built;

    /// <summary>The global permissions of every capability, in registration order.</summary>
    public IReadOnlyList<Permission> Global { get; } = providers.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).ToList();

    /// <summary>All permissions by name.</summary>
    public async Task<IReadOnlyDictionary<string, Permission>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (_built is { } built && ReferenceEquals(built.Source, definition))
        {
            return built.Permissions;
        }

        var all = Global.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var type in definition.Types.Where(t => t.TypeSettings.Securable))
        {
            foreach (var permission in ContentTypePermissions.For(type.Name, type.DisplayName).Values)
            {
                all[permission.Name] = permission;
            }
        }

        _built = (definition, all);
        return all;
    }
}
