using System.Net;
using System.Security.Cryptography;
using System.Text;
using BananPark.Cms.Tenancy.Services;
using BananPark.Cms.Tenancy.Setup;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// While the request's tenant is being set up, every request gets a small self-contained page (503,
/// <c>Retry-After</c>, the setup's progress) instead of a half-set-up site; the health checks never get here
/// (routing answers them, <see cref="HostingExtensions.MapCmsHealth"/>). It comes right after tenant resolution,
/// so nothing else touches the store meanwhile, nor authentication, whose OpenID keys setup loads.
/// </summary>
internal sealed class SetupGate(RequestDelegate next, ReadyTenants ready)
{
    public const int RetryAfterSeconds = 5;

    private const string Style = "body{font:1.1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1b1b1b}";

    private static readonly string StyleHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));

    public Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var name = tenant.Tenant.Name;
        if (ready.IsReady(name))
        {
            return next(context);
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        // The page carries its own style; the site's policy allows only its own files.
        response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'sha256-{StyleHash}'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(Page(ready.Describe(name)), context.RequestAborted);
    }

    private static string Page(string progress) => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="{RetryAfterSeconds}">
        <meta name="robots" content="noindex"><title>The site is being set up</title><style>{Style}</style></head>
        <body><main><h1>The site is being set up</h1><p>{WebUtility.HtmlEncode(progress)}</p>
        <p>This page reloads by itself in a few seconds.</p></main></body></html>
        """;
}
