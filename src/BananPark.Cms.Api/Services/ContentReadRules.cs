using System.Security.Claims;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// Who may read what, in the admin's terms (Content's <see cref="ContentAccess"/>): a published item when the caller
/// may view or edit it (anonymous callers: listable types only, through the Anonymous role's <c>ViewContent</c>),
/// a draft when they may edit or preview it. Lists cover the types the admin's content list shows the caller.
/// </summary>
public sealed class ContentReadRules(ContentAccess access, IContentDefinitionManager definitions)
{
    /// <summary>True when the request has a signed-in user or a token.</summary>
    public static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    /// <summary>The types a list may cover for <paramref name="user"/>.</summary>
    public Task<IReadOnlyList<ContentTypeDefinition>> ListableTypesAsync(ClaimsPrincipal user) => access.ListableTypesAsync(user);

    /// <summary>True when <paramref name="user"/> may read the published <paramref name="item"/>.</summary>
    public async Task<bool> CanReadPublishedAsync(ClaimsPrincipal user, ContentItemSnapshot item)
    {
        var owner = ContentAccess.IsOwner(user, new ContentItem { Owner = item.Owner });
        if (!IsSignedIn(user) && (await definitions.GetTypeAsync(item.ContentType))?.TypeSettings.Listable != true)
        {
            return false;
        }

        return await access.CanAsync(user, ContentAction.View, item.ContentType, owner)
            || await access.CanAsync(user, ContentAction.Edit, item.ContentType, owner);
    }

    /// <summary>True when <paramref name="user"/> may read the latest version (a draft) of <paramref name="item"/>.</summary>
    public async Task<bool> CanReadDraftAsync(ClaimsPrincipal user, ContentItem item)
        => IsSignedIn(user) && (await access.CanAsync(user, ContentAction.Edit, item) || await access.CanAsync(user, ContentAction.Preview, item));
}
