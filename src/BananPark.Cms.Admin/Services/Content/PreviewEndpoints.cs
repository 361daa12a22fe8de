using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Theming.Endpoints;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Admin.Services.Content;

/// <summary>
/// The latest version of an item, draft or not, rendered with the public theme: only for users
/// who may preview it, never cached, never indexed. Anonymous visitors are sent to sign in.
/// </summary>
public static class PreviewEndpoints
{
    public static IEndpointRouteBuilder MapContentPreview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/content/{contentItemId}/preview", PreviewAsync)
            .RequireAuthorization(RequirePermissionAttribute.PolicyPrefix + CmsPermissions.AccessAdminPanel.Name);
        return endpoints;
    }

    private static async Task<IResult> PreviewAsync(
        string contentItemId, HttpContext context, IContentManager content, ContentAccess access, ContentRenderer renderer, PageWriter pages)
    {
        context.Response.Headers.CacheControl = "no-store, private";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var item = contentItemId.Length <= 26 ? await content.GetAsync(contentItemId, VersionOptions.Latest, context.RequestAborted) : null;
        if (item is null)
        {
            return Results.NotFound();
        }

        if (!await access.CanAsync(context.User, ContentAction.Preview, item))
        {
            return Results.Forbid();
        }

        var body = await renderer.RenderItemAsync(ContentItemSnapshot.From(item), Alternates.Detail, context.RequestAborted);
        return await pages.PageAsync(new PageInfo($"Preview: {item.DisplayText}", $"/admin/content/{contentItemId}/preview"), body, context.RequestAborted);
    }
}
