using BananPark.Cms.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// What every API call goes through before its handler: CORS headers for an allowed origin, the caller (a bearer
/// token when one is sent — an invalid one is refused, never read as anonymous — else the site's cookie), then
/// the caller's rate limit.
/// </summary>
public sealed class ApiRequestFilter(IAuthenticationSchemeProvider schemes, IApiClientOrigins origins, ApiRateLimiter limiter) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        await ApiCors.ApplyAsync(http, origins);
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (await schemes.GetSchemeAsync(CmsAuthenticationSchemes.Bearer) is null)
            {
                return Refused(http, "This site issues no tokens.");
            }

            var result = await http.AuthenticateAsync(CmsAuthenticationSchemes.Bearer);
            if (!result.Succeeded || result.Principal?.Identity?.IsAuthenticated != true)
            {
                return Refused(http, "The access token is not valid: expired, revoked, tampered with or not meant for this site.");
            }

            http.User = result.Principal;
        }
        else if (authorization.Length > 0)
        {
            return Refused(http, "Send an access token as 'Authorization: Bearer <token>'.");
        }

        return limiter.Check(http) ?? await next(context);
    }

    private static IResult Refused(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return ApiProblems.Unauthorized(detail);
    }
}
