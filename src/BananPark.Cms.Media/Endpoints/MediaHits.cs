using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>
/// Answers a <c>GET</c>/<c>HEAD</c> of <c>/media/{**path}</c> whose response <see cref="MediaResponseCache"/> already
/// keeps (an original or a render served before), right after tenant resolution and the setup gate: <c>304</c> on a
/// matching <c>If-None-Match</c>, else the body with its ETag, Cache-Control and range processing, exactly as the
/// endpoint sends a kept response (<see cref="MediaEndpoints.Send"/>). What it skips is what a public, already-checked
/// picture does not need: authentication (the session row), authorization, antiforgery, the output cache and response
/// compression (pictures are compressed already). Anything else goes on to the endpoint, the full way: an invalid path
/// (refused there), malformed commands, an unsigned size that is not allowed or a wrong token, a response not kept
/// (first request, or after any media change of the tenant, a delete included, dropped every entry).
/// </summary>
public sealed class MediaHits(RequestDelegate next, MediaResponseCache responses, MediaSigning signing, IOptions<MediaOptions> options)
{
    public Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        // Routing already ran (it comes first): only its choice of the media endpoint, with that endpoint's path value.
        if (context.GetEndpoint()?.Metadata.GetMetadata<MediaFilesEndpoint>() is null
            || context.GetRouteValue("path") is not string path || !MediaNames.IsValidPath(path)
            || MediaEndpoints.FindKept(path, tenant.Tenant.Name, context, responses, signing, options.Value) is not { } known)
        {
            return next(context);
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        return IsPlain(known, context.Request) ? WriteAsync(known, context) : MediaEndpoints.Send(known, context).ExecuteAsync(context);
    }

    /// <summary>A body in memory, not a download, asked for without a condition or a range: nothing to evaluate.</summary>
    private static bool IsPlain(MediaCachedResponse known, HttpRequest request)
    {
        var headers = request.Headers;
        return known.Body is not null && known.DownloadName is null && headers.Range.Count == 0 && headers.IfNoneMatch.Count == 0
            && headers.IfMatch.Count == 0 && headers.IfModifiedSince.Count == 0 && headers.IfUnmodifiedSince.Count == 0 && headers.IfRange.Count == 0;
    }

    /// <summary>The <c>200</c> that <see cref="MediaEndpoints.Send"/> would give (the same headers), written directly.</summary>
    private static Task WriteAsync(MediaCachedResponse known, HttpContext context)
    {
        MediaEndpoints.SetHeaders(known, context);
        var response = context.Response;
        var body = known.Body!;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = known.ContentType;
        response.ContentLength = body.Length;
        response.Headers.ETag = known.ETag.ToString();
        if (known.LastModified is { } modified)
        {
            response.Headers.LastModified = HeaderUtilities.FormatDate(modified);
        }

        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
