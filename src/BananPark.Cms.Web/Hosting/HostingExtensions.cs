using BananPark.Cms.Data.Failures;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BananPark.Cms.Web.Hosting;

/// <summary>What the host adds around the capabilities: logs, compression, headers, errors, health.</summary>
internal static class HostingExtensions
{
    /// <summary>Where the health checks live; they answer while the site is being set up.</summary>
    public const string HealthPath = "/health";

    public static WebApplicationBuilder AddCmsHosting(this WebApplicationBuilder builder)
    {
        // No "Server: Kestrel": it tells a prober what to try.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.AddCmsProxy();
        builder.Services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        return builder;
    }

    /// <summary>In production a friendly page and no stack trace; in development the detailed page.</summary>
    public static WebApplication UseCmsErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPage.WriteAsync });
        }

        return app;
    }

    /// <summary>The setup page while the request's tenant is being set up; right after <c>UseCmsTenancy</c>.</summary>
    public static WebApplication UseCmsSetupGate(this WebApplication app)
    {
        app.UseMiddleware<SetupGate>();
        return app;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (at once, even during setup). <c>/health/ready</c>: 200 once
    /// every tenant is set up and every "ready" check (each tenant's database, Redis when configured) is healthy,
    /// else 503 with <c>Retry-After</c> and why, e.g. "Setting up Default: step 5 of 5, Content, …".
    /// </summary>
    /// <remarks>
    /// Short-circuited: routing answers them itself, before tenancy, the setup gate, authentication and the rest,
    /// none of which they need. Authentication in particular runs OpenIddict's request handlers, whose per-tenant
    /// options need keys that the tenant's initializer loads only during setup: behind it, a probe got 500s.
    /// </remarks>
    public static WebApplication MapCmsHealth(this WebApplication app)
    {
        app.MapHealthChecks($"{HealthPath}/live", new HealthCheckOptions { Predicate = _ => false }).ShortCircuit();
        app.MapHealthChecks($"{HealthPath}/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteReadinessAsync })
            .ShortCircuit();
        return app;
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (report.Status != HealthStatus.Healthy)
        {
            // 503 (the health checks' default for Unhealthy): a load balancer takes the node out and asks again.
            context.Response.Headers.RetryAfter = StoreFailures.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // Healthy is just "Healthy", as the default writer says; otherwise why, in one line.
        var details = string.Join(" ", report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description).OfType<string>());
        return context.Response.WriteAsync(details.Length == 0 ? report.Status.ToString() : $"{report.Status}: {details}", context.RequestAborted);
    }
}
