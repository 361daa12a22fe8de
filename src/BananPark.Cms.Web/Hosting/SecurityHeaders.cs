namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// The headers every answer carries: no sniffing or framing, a strict Content-Security-Policy that reports
/// violations to <see cref="CspReports.Path"/>, a Permissions-Policy that turns off the browser features the
/// site never uses, and Strict-Transport-Security whenever the request came over HTTPS (directly, or
/// through a trusted proxy: <see cref="ProxyHeaders"/>). Kestrel sends no <c>Server</c> header (<see cref="HostingExtensions"/>).
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; "
        + $"report-uri {CspReports.Path}; report-to {CspReports.Group}";

    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), "
        + "magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()";

    /// <summary>One year, the sub-domains too (no <c>preload</c>: that is a decision for the site's owner).</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static WebApplication UseCmsSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Reporting-Endpoints"] = $"{CspReports.Group}=\"{CspReports.Path}\"";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return next(context);
        });
        return app;
    }
}
