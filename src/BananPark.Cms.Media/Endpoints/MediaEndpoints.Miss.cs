using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>The first request for a response: the asset's row, the checks, the disk cache; the answer is then kept.</summary>
public static partial class MediaEndpoints
{
    private static async Task<IResult> MissAsync(string path, string tenant, HttpContext context, MediaResponseCache responses, MediaOptions options)
    {
        // Taken before the row is read: a change committed from here on keeps this response out of the cache.
        var lease = responses.Lease(tenant);
        var services = context.RequestServices;
        var response = context.Response;
        var asset = await services.GetRequiredService<IMediaAssets>().GetAsync(path, context.RequestAborted);
        if (asset is null)
        {
            return Results.NotFound();
        }

        var query = context.Request.Query;
        var version = asset.ContentHash[..MediaUrls.VersionLength];
        response.Headers.CacheControl = query["v"].ToString() == version ? Immutable : Unversioned;
        var store = services.GetRequiredService<IMediaFileStore>();
        if (!MediaCommands.AnyIn(query))
        {
            return await OriginalAsync(asset, version, store, context, responses, (tenant, lease));
        }

        var (resize, error) = MediaCommands.Parse(query, options.MaxWidthOrHeight);
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
            if (!(await services.GetRequiredService<MediaProfiles>().AllAsync(context.RequestAborted)).TryGetValue(name, out var profile))
            {
                return Refuse(response, StatusCodes.Status400BadRequest, $"There is no media profile \"{name}\".");
            }

            // The render key is of the profile's commands, so a changed profile renders anew.
            commands = MediaProfileJson.ToResize(profile);
        }
        else if (!MediaUrls.IsAllowedUnsigned(resize, options))
        {
            var key = await services.GetRequiredService<MediaSigning>().LoadAsync(tenant, services.GetRequiredService<IDocumentStore>(), context.RequestAborted);
            if (!MediaSigning.Verify(key, asset.Path, MediaCommands.Canonical(resize), query["token"].ToString()))
            {
                return Refuse(response, StatusCodes.Status403Forbidden, "This size needs a signed URL (token) or one of the allowed sizes.");
            }
        }

        return await RenderAsync(asset, version, resize, commands, context, store, responses, (tenant, lease));
    }

    private static async Task<IResult> OriginalAsync(MediaAsset asset, string version, IMediaFileStore store, HttpContext context, MediaResponseCache responses, (string Tenant, CancellationToken Lease) keep)
    {
        var stream = await store.OpenReadAsync(asset.ContentHash, context.RequestAborted);
        if (stream is null)
        {
            return Results.NotFound();
        }

        // A PDF is a download, never a page of this site.
        var known = new MediaCachedResponse(asset.MimeType, new EntityTagHeaderValue("\"" + asset.ContentHash[..32] + "\""), version,
            Unversioned: false, VaryAccept: false, asset.ModifiedUtc, asset.MimeType == MediaKind.Pdf.MimeType ? asset.FileName : null);
        var body = await ReadSmallAsync(stream, responses.MaxBodyBytes, context.RequestAborted);
        known = body is null ? known with { ContentHash = asset.ContentHash } : known with { Body = body };
        responses.Keep(keep.Tenant, KeyOf(asset.Path, null, false), known, keep.Lease);
        if (body is not null)
        {
            return Send(known, context);
        }

        SetHeaders(known, context);
        return known.DownloadName is not null
            ? Results.File(stream, known.ContentType, known.DownloadName, known.LastModified, known.ETag)
            : Results.Stream(stream, known.ContentType, null, known.LastModified, known.ETag);
    }

    private static async Task<IResult> RenderAsync(MediaAsset asset, string version, MediaResize asked, MediaResize commands, HttpContext context, IMediaFileStore store, MediaResponseCache responses, (string Tenant, CancellationToken Lease) keep)
    {
        var services = context.RequestServices;
        var source = MediaKind.FromMimeType(asset.MimeType)!;
        var acceptsWebP = AcceptsWebP(context.Request);
        var format = commands.Format switch
        {
            "jpg" => MediaKind.Jpeg,
            "png" => MediaKind.Png,
            "gif" => MediaKind.Gif,
            "webp" => MediaKind.WebP,
            _ => acceptsWebP && source != MediaKind.Gif ? MediaKind.WebP : source,
        };

        var focal = commands.Anchor ?? asset.FocalPoint;
        var key = ContentHashes.Of(System.Text.Encoding.UTF8.GetBytes(
            $"{MediaCommands.Canonical(commands)}|{format.Extension}|{focal?.X:R},{focal?.Y:R}"));
        var renderer = services.GetRequiredService<MediaRenderer>();
        try
        {
            var file = await services.GetRequiredService<MediaRenderCache>().GetOrRenderAsync(asset.ContentHash, key, format.Extension,
                (output, ct) => renderer.RenderAsync(store, asset.ContentHash, commands, format, focal, output, ct), context.RequestAborted);
            if (file is null)
            {
                return Results.NotFound();
            }

            // Opened here: once open, a delete of the original (and of its renders) does not cut the response short.
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 0, useAsync: true);
            var known = new MediaCachedResponse(format.MimeType, new EntityTagHeaderValue("\"" + key[..32] + "\""), version,
                Unversioned: asked.Profile is not null, VaryAccept: commands.Format is null, null, null);
            var body = await ReadSmallAsync(stream, responses.MaxBodyBytes, context.RequestAborted);
            known = body is null ? known with { RenderFile = file } : known with { Body = body };
            responses.Keep(keep.Tenant, KeyOf(asset.Path, asked, acceptsWebP), known, keep.Lease);
            if (body is not null)
            {
                return Send(known, context);
            }

            SetHeaders(known, context);
            return Results.File(stream, known.ContentType, null, null, known.ETag);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // The original (or its render folder) was deleted meanwhile: gone, not an error.
            return Results.NotFound();
        }
    }

    /// <summary>All of <paramref name="stream"/> (then disposed) when it is at most <paramref name="max"/> bytes long, else null (left open).</summary>
    private static async Task<byte[]?> ReadSmallAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        if (!stream.CanSeek || stream.Length > max)
        {
            return null;
        }

        await using (stream)
        {
            var body = new byte[stream.Length];
            await stream.ReadExactlyAsync(body, cancellationToken);
            return body;
        }
    }
}
