using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Identity.Services.Sessions;

/// <summary>
/// Checks on every request of a session cookie that its session still exists and has not expired: a signed-out,
/// ended or expired session's cookie, even a copy of it, is refused at once. One indexed read per request, not cached.
/// </summary>
public static class SessionValidator
{
    /// <summary>Runs before the security stamp check (<paramref name="next"/>), which then only sees live sessions.</summary>
    public static Func<CookieValidatePrincipalContext, Task> Before(Func<CookieValidatePrincipalContext, Task> next) => async context =>
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionId = principal?.FindFirstValue(AccountClaims.SessionId);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        if (userId is null || sessionId is null || !await sessions.CheckAsync(sessionId, userId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await next(context);
    };

    /// <summary>When the security stamp check renews the claims, the session's id goes with them.</summary>
    public static Task KeepSessionClaimAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(AccountClaims.SessionId) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(AccountClaims.SessionId, session.Value));
        }

        return Task.CompletedTask;
    }
}
