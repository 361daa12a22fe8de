using BananPark.Cms.Core.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics: requests (ASP.NET Core), database commands (EF Core), and the site's own
/// <see cref="CmsTelemetry"/> (cache lookups, imports). Off unless an OTLP endpoint is configured (or
/// <c>Cms:Telemetry:Enabled</c>), so a plain start pays nothing. Server side only: no page loads a script for it.
/// </summary>
internal static class Telemetry
{
    /// <summary>The standard variable OpenTelemetry's exporter reads when <c>Cms:Telemetry:OtlpEndpoint</c> is not set.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddCmsTelemetry(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Cms:Telemetry");
        builder.Services.AddOptions<TelemetryOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>>(new TelemetryOptionsValidation());
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = options.OtlpEndpoint is { Length: > 0 } configured ? configured : builder.Configuration[StandardEndpointVariable];
        var exporting = Uri.TryCreate(endpoint, UriKind.Absolute, out var otlp) && otlp.Scheme is "http" or "https";
        if (!exporting && !options.Enabled)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(CmsTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments(HostingExtensions.HealthPath, StringComparison.OrdinalIgnoreCase))
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(CmsTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore"));
        if (exporting)
        {
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, otlp!);
        }

        return builder;
    }

    /// <summary>
    /// Counts the output cache's lookups (a hit is a response it served, which carries <c>Age</c>); right
    /// before <c>UseOutputCache</c>, so the cache's own feature is there when the response starts.
    /// </summary>
    public static WebApplication UseCmsOutputCacheMetrics(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // The hottest path (cached pages): no callback at all unless a listener (an exporter, a test) counts.
            if (!CmsTelemetry.CacheLookups.Enabled)
            {
                return next(context);
            }

            context.Response.OnStarting(() =>
            {
                if (context.Features.Get<IOutputCacheFeature>() is { Context.AllowCacheLookup: true })
                {
                    CmsTelemetry.CacheLookup("output", hit: context.Response.Headers.Age.Count > 0);
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private sealed class TelemetryOptionsValidation : IValidateOptions<TelemetryOptions>
    {
        public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
            => options.OtlpEndpoint is not { Length: > 0 } endpoint || (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Cms:Telemetry:OtlpEndpoint: '{endpoint}' is not an absolute http:// or https:// URL.");
    }
}
