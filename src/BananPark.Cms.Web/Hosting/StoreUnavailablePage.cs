using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BananPark.Cms.Data.Failures;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// What a request gets while the store is unavailable or full (<see cref="StoreFailures"/>): 503 with
/// <c>Retry-After</c> and a small self-contained page, never the theme (which reads the store) nor a stack trace.
/// </summary>
internal static class StoreUnavailablePage
{
    private const string Style = "body{font:1.1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1b1b1b}";

    private const string Html = $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
        <title>Temporarily unavailable</title><style>{Style}</style></head>
        <body><main><h1>Temporarily unavailable</h1><p>The site cannot reach its data right now. Please try again in a moment.</p>
        <p><a href="/">Go to the home page</a></p></main></body></html>
        """;

    private static readonly string StyleHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));

    public static Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = StoreFailures.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'sha256-{StyleHash}'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(Html, context.RequestAborted);
    }
}
