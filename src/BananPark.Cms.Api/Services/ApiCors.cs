using BananPark.Cms.Core.Security;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// Cross-origin calls from the origins an application allows (<see cref="IApiClientOrigins"/>), with tokens only:
/// no credentials header, so the site's cookie never travels cross-origin.
/// </summary>
public static class ApiCors
{
    /// <summary>The methods a preflight allows.</summary>
    public const string Methods = "GET, HEAD, POST, PUT, PATCH, DELETE";

    /// <summary>The request headers a preflight allows.</summary>
    public const string RequestHeaders = "Authorization, Content-Type, If-Match, If-None-Match";

    /// <summary>The response headers a cross-origin script may read.</summary>
    public const string ExposedHeaders = "ETag, Location, Retry-After";

    /// <summary>True when the request carries an origin the tenant's applications allow; adds the CORS response headers then.</summary>
    public static async Task<bool> ApplyAsync(HttpContext context, IApiClientOrigins origins)
    {
        context.Response.Headers.Vary = "Origin";
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || origin.Length > 300 || !await origins.IsAllowedAsync(origin, context.RequestAborted))
        {
            return false;
        }

        context.Response.Headers.AccessControlAllowOrigin = origin;
        context.Response.Headers.AccessControlExposeHeaders = ExposedHeaders;
        return true;
    }

    /// <summary>The answer to a preflight (<c>OPTIONS</c>): 204, with the allowances only for an allowed origin.</summary>
    public static async Task<IResult> PreflightAsync(HttpContext context, IApiClientOrigins origins)
    {
        if (await ApplyAsync(context, origins))
        {
            context.Response.Headers.AccessControlAllowMethods = Methods;
            context.Response.Headers.AccessControlAllowHeaders = RequestHeaders;
            context.Response.Headers.AccessControlMaxAge = "600";
        }

        return TypedResults.NoContent();
    }
}
