using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

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
        return MediaEndpoints.Send(known, context).ExecuteAsync(context);
    }
}
