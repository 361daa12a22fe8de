using BananPark.Cms.Core.Media;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Media.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>
/// The JSON the library's and the field editor's scripts call: <c>POST /admin/media/upload</c> (multipart, one or more
/// <c>files</c> and a <c>folder</c>, the page's antiforgery token; one result per file) and <c>GET /admin/media/list</c>
/// (<c>folder</c>, <c>q</c>, <c>page</c>, <c>pageSize</c>). Both need <c>ManageOwnMediaContent</c>.
/// </summary>
public static class MediaAdminEndpoints
{
    /// <summary>Where uploads are posted.</summary>
    public const string UploadPath = "/admin/media/upload";

    /// <summary>Where pages of the library are read.</summary>
    public const string ListPath = "/admin/media/list";

    /// <summary>The most files one upload request may carry.</summary>
    public const int MaxFilesPerRequest = 20;

    /// <summary>The thumbnails' size in the JSON (one of Orchard's default sizes: unsigned).</summary>
    public const int ThumbnailSize = 240;

    private const string Policy = RequirePermissionAttribute.PolicyPrefix + nameof(MediaPermissions.ManageOwnMediaContent);

    /// <summary>Maps both endpoints.</summary>
    public static IEndpointRouteBuilder MapMediaAdminApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(UploadPath, UploadAsync).RequireAuthorization(Policy).WithMetadata(new RequireAntiforgeryTokenAttribute());
        endpoints.MapGet(ListPath, ListAsync).RequireAuthorization(Policy);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(HttpContext context, IAntiforgery antiforgery, MediaLibrary library, IMediaUrls urls)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!await FormPosts.IsTrustedAsync(context, antiforgery))
        {
            return Results.BadRequest(new { message = "The form expired or did not come from this site; reload the page." });
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Files.Count == 0 || form.Files.Count > MaxFilesPerRequest)
        {
            return Results.BadRequest(new { message = $"Send 1 to {MaxFilesPerRequest} files." });
        }

        var folder = form["folder"].ToString();
        var results = new List<object>();
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            var result = await library.UploadAsync(content, file.FileName, folder, context.User, context.RequestAborted);
            results.Add(result.Asset is { } asset
                ? new { fileName = file.FileName, ok = true, asset = (object?)Json(asset, urls), code = (string?)null, message = (string?)null }
                : new { fileName = file.FileName, ok = false, asset = (object?)null, code = (string?)result.Refusal!.Code.ToString(), message = (string?)result.Refusal.Message });
        }

        return Results.Json(new { results });
    }

    private static async Task<IResult> ListAsync(HttpContext context, MediaLibrary library, IMediaUrls urls, string? folder, string? q, int? page, int? pageSize)
    {
        context.Response.Headers.CacheControl = "no-store";
        var query = new MediaListQuery { Folder = folder ?? "", Search = q, Page = page ?? 1, PageSize = pageSize ?? 48 };
        var result = await library.ListAsync(query, context.User, context.RequestAborted);
        return Results.Json(new
        {
            folder = query.Folder,
            page = Math.Max(1, query.Page),
            pageSize = Math.Clamp(query.PageSize, 1, MediaListQuery.MaxPageSize),
            total = result.Total,
            folders = result.Folders.Select(f => new { path = f.Path, name = f.Name, fileCount = f.FileCount }),
            items = result.Items.Select(a => Json(a, urls)),
        });
    }

    /// <summary>An asset as the scripts see it.</summary>
    public static object Json(MediaAsset asset, IMediaUrls urls)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(urls);
        return new
        {
            path = asset.Path,
            folder = asset.Folder,
            fileName = asset.FileName,
            url = urls.Original(asset),
            thumbnailUrl = asset.IsImage ? urls.Resized(asset, new MediaResize { Width = ThumbnailSize, Height = ThumbnailSize }) : null,
            width = asset.Width,
            height = asset.Height,
            mimeType = asset.MimeType,
            length = asset.Length,
            altTexts = asset.AltTexts,
            caption = asset.Caption,
            credit = asset.Credit,
            focalPoint = asset.FocalPoint is { } f ? new { x = f.X, y = f.Y } : null,
            uploadedUtc = asset.UploadedUtc,
        };
    }
}
