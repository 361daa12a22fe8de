using System.Security.Claims;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Per-item permission checks, the same for the admin and any other way in. A securable type is checked
/// with its own permissions (<c>Edit_Enterprise</c>, <c>EditOwn_Enterprise</c>, …), others with the global
/// ones; the "Own" permission counts when the user owns the item (owner stored as user id or user name).
/// Whether a user holds a permission is <see cref="IPermissionService"/>'s answer (Identity's).
/// </summary>
public sealed class ContentAccess(IPermissionService permissions, IContentDefinitionManager definitions)
{
    /// <summary>True when <paramref name="user"/> may do <paramref name="action"/> to <paramref name="item"/>.</summary>
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item)
        => await CanAsync(user, action, item.ContentType, IsOwner(user, item));

    /// <summary>True when the user may do <paramref name="action"/> to an item of the type they own (e.g. create one).</summary>
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, string contentType, bool owner)
    {
        var type = await definitions.GetTypeAsync(contentType);
        if (type is null)
        {
            return false;
        }

        var (any, own) = Names(action, type);
        return await permissions.HasPermissionAsync(user, any) || (owner && own is not null && await permissions.HasPermissionAsync(user, own));
    }

    /// <summary>The listable types the user may see in the admin, in display-name order.</summary>
    public async Task<IReadOnlyList<ContentTypeDefinition>> ListableTypesAsync(ClaimsPrincipal user)
    {
        var visible = new List<ContentTypeDefinition>();
        foreach (var type in (await definitions.GetAsync()).Types.Where(t => t.TypeSettings.Listable))
        {
            if (await CanAsync(user, ContentAction.View, type.Name, owner: true) || await CanAsync(user, ContentAction.Edit, type.Name, owner: true))
            {
                visible.Add(type);
            }
        }

        return visible.OrderBy(t => t.DisplayName ?? t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>
    /// Whose drafts <paramref name="user"/> may see in lists: of any owner where they may edit every item of the type,
    /// their own where they may edit their own. Null when that is every draft (no filter needed).
    /// </summary>
    public async Task<DraftVisibility?> DraftVisibilityAsync(ClaimsPrincipal user)
    {
        var (any, own) = (new List<string>(), new List<string>());
        var types = (await definitions.GetAsync()).Types;
        foreach (var type in types)
        {
            if (await CanAsync(user, ContentAction.Edit, type.Name, owner: false))
            {
                any.Add(type.Name);
            }
            else if (await CanAsync(user, ContentAction.Edit, type.Name, owner: true))
            {
                own.Add(type.Name);
            }
        }

        if (any.Count == types.Count)
        {
            return null;
        }

        string?[] owners = [user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name];
        return new DraftVisibility(any, own, [.. owners.OfType<string>().Where(o => o.Length > 0)]);
    }

    /// <summary>True when the item's owner is the user (by id or, for recipe-made items, by name).</summary>
    public static bool IsOwner(ClaimsPrincipal user, ContentItem item)
        => !string.IsNullOrEmpty(item.Owner)
            && (item.Owner == user.FindFirstValue(ClaimTypes.NameIdentifier) || string.Equals(item.Owner, user.Identity?.Name, StringComparison.OrdinalIgnoreCase));

    private static (string Any, string? Own) Names(ContentAction action, ContentTypeDefinition type)
    {
        if (!type.TypeSettings.Securable)
        {
            return action switch
            {
                ContentAction.View => (CmsPermissions.ViewContent.Name, null),
                ContentAction.Preview => (CmsPermissions.PreviewContent.Name, CmsPermissions.PreviewOwnContent.Name),
                ContentAction.Edit => (CmsPermissions.EditContent.Name, CmsPermissions.EditOwnContent.Name),
                ContentAction.Publish => (CmsPermissions.PublishContent.Name, CmsPermissions.PublishOwnContent.Name),
                ContentAction.Delete => (CmsPermissions.DeleteContent.Name, CmsPermissions.DeleteOwnContent.Name),
                _ => (CmsPermissions.CloneContent.Name, CmsPermissions.CloneOwnContent.Name),
            };
        }

        var name = type.Name;
        return action switch
        {
            ContentAction.View => ($"View_{name}", null),
            ContentAction.Preview => ($"Preview_{name}", CmsPermissions.PreviewOwnContent.Name),
            ContentAction.Edit => ($"Edit_{name}", $"EditOwn_{name}"),
            ContentAction.Publish => ($"Publish_{name}", $"PublishOwn_{name}"),
            ContentAction.Delete => ($"Delete_{name}", $"DeleteOwn_{name}"),
            _ => ($"Clone_{name}", $"CloneOwn_{name}"),
        };
    }
}
