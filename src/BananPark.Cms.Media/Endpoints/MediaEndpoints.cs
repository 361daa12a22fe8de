using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>
/// <c>GET /media/{**path}</c>: the original, or a render with Orchard's commands. Unsigned renders only for profiles and
/// allowed sizes, else a valid <c>token=</c> (403); malformed or huge commands 400; unknown files 404 (also when the file
/// is deleted while it is read or rendered). A profile's renders follow the profile's current size at once (the render key
/// is of the profile's commands, not its name) and are never marked immutable. A response served once is answered again
/// from <see cref="MediaResponseCache"/> (only singletons, no row, no lock); the first one comes from the library and the
/// disk cache, one render per key at a time (<c>MediaEndpoints.Miss.cs</c>).
/// </summary>
public static partial class MediaEndpoints
{
    /// <summary>The public prefix of media URLs.</summary>
    public const string Prefix = "/media";

    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Unversioned = "public, max-age=3600";

    /// <summary>Maps the public media endpoint (marked with <see cref="MediaFilesEndpoint"/>, which <see cref="MediaHits"/> looks for).</summary>
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Prefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).AllowAnonymous().WithMetadata(MediaFilesEndpoint.Instance);
        return endpoints;
    }

    private static Task<IResult> ServeAsync(string? path, HttpContext context, MediaResponseCache responses, MediaSigning signing, IOptions<MediaOptions> options)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (!MediaNames.IsValidPath(path))
        {
            return Task.FromResult(Results.NotFound());
        }

        var tenant = context.RequestServices.GetRequiredService<ITenantContext>().Tenant.Name;
        return FindKept(path!, tenant, context, responses, signing, options.Value) is { } known
            ? Task.FromResult(Send(known, context))
            : MissAsync(path!, tenant, context, responses, options.Value);
    }

    /// <summary>
    /// The kept response for this request of a valid <paramref name="path"/>, or null when it must take the full way: never
    /// kept yet, or refused (malformed commands, a missing or wrong signature: refusals are never kept, the full way
    /// answers them). A signed URL's signature is checked here, on every request.
    /// </summary>
    internal static MediaCachedResponse? FindKept(string path, string tenant, HttpContext context, MediaResponseCache responses, MediaSigning signing, MediaOptions options)
    {
        var query = context.Request.Query;
        MediaResize? resize = null;
        if (MediaCommands.AnyIn(query))
        {
            (resize, _) = MediaCommands.Parse(query, options.MaxWidthOrHeight);
            if (resize is null || (resize.Profile is null && !MediaUrls.IsAllowedUnsigned(resize, options)
                && !(signing.Known(tenant) is { } signingKey && MediaSigning.Verify(signingKey, path, MediaCommands.Canonical(resize), query["token"].ToString()))))
            {
                return null;
            }
        }

        return responses.Find(tenant, KeyOf(path, resize, AcceptsWebP(context.Request)));
    }

    /// <summary>
    /// What a response depends on besides the tenant's media (whose changes drop every entry): the path, the commands in
    /// canonical form (a profile by its name, whatever its case) and, when no format is asked for, whether WebP is accepted.
    /// </summary>
    private static string KeyOf(string path, MediaResize? resize, bool acceptsWebP)
        => resize is null ? path
            : resize.Profile is { } profile ? path + "\n" + "profile=" + profile.ToUpperInvariant() + "\n" + (acceptsWebP ? "webp" : "")
            : path + "\n" + MediaCommands.Canonical(resize) + "\n" + (acceptsWebP && resize.Format is null ? "webp" : "");

    private static bool AcceptsWebP(HttpRequest request)
        => request.Headers.Accept.ToString().Contains("image/webp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sends a kept response with its headers; <c>If-None-Match</c> with its ETag is answered 304.</summary>
    internal static IResult Send(MediaCachedResponse known, HttpContext context)
    {
        SetHeaders(known, context);
        if (known.Body is { } body)
        {
            return Results.File(body, known.ContentType, known.DownloadName, false, known.LastModified, known.ETag);
        }

        if (known.RenderFile is { } file)
        {
            try
            {
                // Opened here: once open, a delete of the original (and of its renders) does not cut the response short.
                var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 0, useAsync: true);
                return Results.File(stream, known.ContentType, null, null, known.ETag);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return Results.NotFound();
            }
        }

        return new StoredOriginal(known);
    }

    internal static void SetHeaders(MediaCachedResponse known, HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = !known.Unversioned && context.Request.Query["v"].ToString() == known.Version ? Immutable : Unversioned;
        if (known.VaryAccept)
        {
            headers.Vary = HeaderNames.Accept;
        }
    }

    /// <summary>A large original, opened from the file store (which may be shared by several nodes) when sent.</summary>
    private sealed class StoredOriginal(MediaCachedResponse known) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var store = httpContext.RequestServices.GetRequiredService<IMediaFileStore>();
            var stream = await store.OpenReadAsync(known.ContentHash!, httpContext.RequestAborted);
            var result = stream is null ? Results.NotFound()
                : known.DownloadName is not null ? Results.File(stream, known.ContentType, known.DownloadName, known.LastModified, known.ETag)
                : Results.Stream(stream, known.ContentType, null, known.LastModified, known.ETag);
            await result.ExecuteAsync(httpContext);
        }
    }

    private static IResult Refuse(HttpResponse response, int status, string message)
    {
        response.Headers.CacheControl = "no-store";
        return Results.Text(message, "text/plain; charset=utf-8", statusCode: status);
    }
}
