using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata.Settings;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>
/// The live preview behind the Markdown editors: posts <c>markdown</c> (with the page's antiforgery
/// token) and gets back the same sanitized HTML the theme renders.
/// </summary>
public static class MarkdownPreviewEndpoints
{
    public const string Path = "/admin/api/markdown-preview";

    public static IEndpointRouteBuilder MapMarkdownPreview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, PreviewAsync)
            .RequireAuthorization(RequirePermissionAttribute.PolicyPrefix + CmsPermissions.AccessAdminPanel.Name)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    private static async Task<IResult> PreviewAsync(HttpContext context, IAntiforgery antiforgery, IRichText richText)
    {
        if (!await FormPosts.IsTrustedAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var markdown = context.Request.Form["markdown"].ToString();
        if (TextLength.Count(markdown) > FieldLimits.DefaultRichTextMaxLength)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(richText.MarkdownToHtml(markdown), "text/html; charset=utf-8");
    }
}
