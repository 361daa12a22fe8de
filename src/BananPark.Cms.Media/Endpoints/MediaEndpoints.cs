using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>
/// <c>GET /media/{**path}</c>: the original, or a render with Orchard's commands. Unsigned renders only for profiles and
/// allowed sizes, else a valid <c>token=</c> (403); malformed or huge commands 400; unknown files 404 (also when the file
/// is deleted while it is read or rendered). A profile's renders follow the profile's current size at once (the render key
/// is of the profile's commands, not its name) and are never marked immutable. Renders come from the disk cache, one render per key at a time.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>The public prefix of media URLs.</summary>
    public const string Prefix = "/media";

    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Unversioned = "public, max-age=3600";

    /// <summary>Maps the public media endpoint.</summary>
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Prefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string? path, HttpContext context, IMediaAssets assets, IMediaFileStore store,
        MediaRenderCache cache, MediaRenderer renderer, MediaSigning signing, MediaProfiles profiles, IOptions<MediaOptions> options, ITenantContext tenant, IDocumentStore documents)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        var asset = MediaNames.IsValidPath(path) ? await assets.GetAsync(path!, context.RequestAborted) : null;
        if (asset is null)
        {
            return Results.NotFound();
        }

        var query = context.Request.Query;
        response.Headers.CacheControl = query["v"].ToString() == asset.ContentHash[..MediaUrls.VersionLength] ? Immutable : Unversioned;
        if (!MediaCommands.AnyIn(query))
        {
            return await OriginalAsync(asset, store, context);
        }

        var (resize, error) = MediaCommands.Parse(query, options.Value.MaxWidthOrHeight);
        if (resize is null)
        {
            return Refuse(response, StatusCodes.Status400BadRequest, error!);
        }

        if (!asset.IsImage)
        {
            return Refuse(response, StatusCodes.Status400BadRequest, "Only pictures can be resized.");
        }

        var commands = resize;
        if (resize.Profile is { } name)
        {
            if (!(await profiles.AllAsync(context.RequestAborted)).TryGetValue(name, out var profile))
            {
                return Refuse(response, StatusCodes.Status400BadRequest, $"There is no media profile \"{name}\".");
            }

            commands = MediaProfileJson.ToResize(profile);

            // The URL stays the same when an editor changes the profile: browsers keep it an hour, not a year (the
            // ETag is the render's key, so a revalidation tells a changed profile from the same one).
            response.Headers.CacheControl = Unversioned;
        }
        else if (!MediaUrls.IsAllowedUnsigned(resize, options.Value))
        {
            var key = await signing.LoadAsync(tenant.Tenant.Name, documents, context.RequestAborted);
            if (!MediaSigning.Verify(key, asset.Path, MediaCommands.Canonical(resize), query["token"].ToString()))
            {
                return Refuse(response, StatusCodes.Status403Forbidden, "This size needs a signed URL (token) or one of the allowed sizes.");
            }
        }

        return await RenderAsync(asset, commands, context, store, cache, renderer);
    }

    private static async Task<IResult> OriginalAsync(MediaAsset asset, IMediaFileStore store, HttpContext context)
    {
        var stream = await store.OpenReadAsync(asset.ContentHash, context.RequestAborted);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var etag = new EntityTagHeaderValue("\"" + asset.ContentHash[..32] + "\"");
        // A PDF is a download, never a page of this site.
        return asset.MimeType == MediaKind.Pdf.MimeType
            ? Results.File(stream, asset.MimeType, asset.FileName, asset.ModifiedUtc, etag)
            : Results.Stream(stream, asset.MimeType, null, asset.ModifiedUtc, etag);
    }

    private static async Task<IResult> RenderAsync(MediaAsset asset, MediaResize commands, HttpContext context, IMediaFileStore store, MediaRenderCache cache, MediaRenderer renderer)
    {
        var source = MediaKind.FromMimeType(asset.MimeType)!;
        MediaKind format;
        if (commands.Format is { } asked)
        {
            format = asked switch { "jpg" => MediaKind.Jpeg, "png" => MediaKind.Png, "gif" => MediaKind.Gif, _ => MediaKind.WebP };
        }
        else
        {
            context.Response.Headers.Vary = HeaderNames.Accept;
            var acceptsWebP = context.Request.Headers.Accept.ToString().Contains("image/webp", StringComparison.OrdinalIgnoreCase);
            format = acceptsWebP && source != MediaKind.Gif ? MediaKind.WebP : source;
        }

        var focal = commands.Anchor ?? asset.FocalPoint;
        var key = ContentHashes.Of(System.Text.Encoding.UTF8.GetBytes(
            $"{MediaCommands.Canonical(commands)}|{format.Extension}|{focal?.X:R},{focal?.Y:R}"));
        try
        {
            var file = await cache.GetOrRenderAsync(asset.ContentHash, key, format.Extension,
                (output, ct) => renderer.RenderAsync(store, asset.ContentHash, commands, format, focal, output, ct), context.RequestAborted);
            if (file is null)
            {
                return Results.NotFound();
            }

            // Opened here: once open, a delete of the original (and of its renders) does not cut the response short.
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 0, useAsync: true);
            return Results.File(stream, format.MimeType, null, null, new EntityTagHeaderValue("\"" + key[..32] + "\""));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // The original (or its render folder) was deleted meanwhile: gone, not an error.
            return Results.NotFound();
        }
    }

    private static IResult Refuse(HttpResponse response, int status, string message)
    {
        response.Headers.CacheControl = "no-store";
        return Results.Text(message, "text/plain; charset=utf-8", statusCode: status);
    }
}
