using System.Globalization;
using System.Threading.RateLimiting;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Components.Account;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Identity.Services;

/// <summary>Sign-out, the forced password change gate and the sign-in rate limit.</summary>
public static class AccountEndpoints
{
    /// <summary>Sign-out: POST only, with an antiforgery token, so no link or image can sign anyone out.</summary>
    public static IEndpointRouteBuilder MapCmsAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/logout", async (HttpContext context, CmsSignInManager signIn, SecurityLog log, IAntiforgery antiforgery) =>
        {
            if (!await FormPosts.IsTrustedAsync(context, antiforgery))
            {
                return Results.BadRequest();
            }

            var name = context.User.Identity?.Name;
            await signIn.SignOutAsync();
            if (name is not null)
            {
                await log.WriteAsync(SecurityEventKinds.SignedOut, name);
            }

            return Results.Redirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    /// <summary>
    /// Until a generated or reset password is changed, the admin shows only the change form; when the
    /// setting asks for it, Administrators without two-step sign-in see only its set-up page.
    /// </summary>
    public static IApplicationBuilder UseCmsAccountGates(this IApplicationBuilder app)
    {
        var twoFactor = app.ApplicationServices.GetRequiredService<TwoFactorPolicy>();
        return app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.Identity?.IsAuthenticated != true || !path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }

            string? gate = null;
            if (context.User.HasClaim(AccountClaims.MustChangePassword, "true"))
            {
                gate = ChangePassword.Path;
            }
            else if (twoFactor.IsRequiredFor(context.User) && !context.User.HasClaim(AccountClaims.TwoFactor, "true"))
            {
                gate = TwoFactorSetup.Path;
            }

            if (gate is not null && !path.Equals(gate, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(gate);
                return Task.CompletedTask;
            }

            return next(context);
        });
    }

    /// <summary>
    /// At most <paramref name="perMinute"/> sign-in posts per minute and IP address, counted by every node together
    /// when the counters are shared (<see cref="SignInRateLimiter"/>); more get 429 with Retry-After.
    /// </summary>
    public static IServiceCollection AddCmsSignInRateLimit(this IServiceCollection services, int perMinute)
    {
        services.TryAddSingleton<ISharedCounters, InProcessCounters>();
        services.AddOptions<RateLimiterOptions>().Configure<ISharedCounters, TimeProvider>((options, counters, clock)
            => options.GlobalLimiter = new SignInRateLimiter(counters, clock, perMinute));
        return services.AddRateLimiter(options =>
        {
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
