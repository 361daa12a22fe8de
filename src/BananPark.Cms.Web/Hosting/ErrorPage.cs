using System.Diagnostics;
using BananPark.Cms.Data.Failures;
using BananPark.Cms.Tenancy.Services;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Theming.Endpoints;
using Microsoft.AspNetCore.Diagnostics;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// The page a visitor sees when something breaks: the theme's Error template, with a reference
/// to quote and no detail. If the theme itself is what broke, a plain built-in page; if the store is
/// unavailable or full, 503 with <c>Retry-After</c> (<see cref="StoreUnavailablePage"/>).
/// </summary>
internal static partial class ErrorPage
{
    private const string Fallback = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Something went wrong</title></head>
        <body><main><h1>Something went wrong</h1><p>Please try again in a moment. If it keeps happening, quote this reference: REFERENCE</p>
        <p><a href="/">Go to the home page</a></p></main></body></html>
        """;

    public static async Task WriteAsync(HttpContext context)
    {
        var reference = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("BananPark.Cms.ErrorPage");
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (StoreFailures.IsUnavailable(error))
        {
            // An outage, not a bug: one line, and the page that asks to come back rather than the theme's.
            LogStoreUnavailable(logger, context.Request.Path, reference, error!.Message);
            await StoreUnavailablePage.WriteAsync(context);
            return;
        }

        LogFailure(logger, context.Request.Path, reference, error?.Message ?? "unknown");
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        string html;
        if (!IsTenantReady(context))
        {
            // Before setup has made the tenant's tables, the theme's page would fail on the store too.
            await context.Response.WriteAsync(FallbackFor(reference), context.RequestAborted);
            return;
        }

        try
        {
            html = await context.RequestServices.GetRequiredService<PageWriter>().ErrorHtmlAsync(context.Request.Path, reference, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogThemeFailure(logger, e.Message);
            html = FallbackFor(reference);
        }

        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static string FallbackFor(string reference) => Fallback.Replace("REFERENCE", System.Net.WebUtility.HtmlEncode(reference), StringComparison.Ordinal);

    private static bool IsTenantReady(HttpContext context)
    {
        var tenant = context.RequestServices.GetService<TenantContext>();
        return tenant is not null && context.RequestServices.GetRequiredService<ReadyTenants>().IsReady(tenant.Tenant.Name);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed (reference {Reference}): {Problem}")]
    private static partial void LogFailure(ILogger logger, string path, string reference, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {Path} answered 503: the store is unavailable or full (reference {Reference}): {Problem}")]
    private static partial void LogStoreUnavailable(ILogger logger, string path, string reference, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "The theme's error page could not be rendered either: {Problem}")]
    private static partial void LogThemeFailure(ILogger logger, string problem);
}
