using System.Text.Json;
using System.Threading.RateLimiting;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// Where browsers report Content-Security-Policy violations (<c>report-uri</c> and the Reporting API's
/// <c>report-to</c>): anonymous (browsers send no cookies), only the two report content types, at most
/// <see cref="MaxBodyBytes"/>, <see cref="PerMinute"/> reports per minute and address. Each violation goes
/// to the log as one warning, every value cut to <see cref="MaxValueLength"/> characters, at most
/// <see cref="MaxReportsPerBody"/> per post. Anything else gets a 4xx, never a 500.
/// </summary>
internal static partial class CspReports
{
    public const string Path = "/csp-report";
    public const string Group = "csp";
    public const int MaxBodyBytes = 16 * 1024;
    public const int PerMinute = 20;
    public const int MaxReportsPerBody = 10;
    public const int MaxValueLength = 256;
    private const string RateLimitPolicy = "csp-reports";

    public static IServiceCollection AddCmsCspReports(this IServiceCollection services)
        => services.AddRateLimiter(options => options.AddPolicy(RateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = PerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));

    public static WebApplication MapCmsCspReports(this WebApplication app)
    {
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimitPolicy);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, ILoggerFactory loggers)
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("application/csp-report" or "application/reports+json"))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            body.Write(buffer, 0, read);
        }

        List<Violation> violations;
        try
        {
            using var json = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
            violations = mediaType == "application/csp-report" ? FromReportUri(json.RootElement) : FromReportingApi(json.RootElement);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (violations.Count == 0)
        {
            return Results.BadRequest();
        }

        var logger = loggers.CreateLogger("BananPark.Cms.CspReports");
        foreach (var v in violations)
        {
            LogViolation(logger, v.Directive, v.Blocked, v.Document, v.Source, context.Connection.RemoteIpAddress?.ToString());
        }

        return Results.NoContent();
    }

    /// <summary><c>{"csp-report": {"document-uri", "effective-directive" or "violated-directive", "blocked-uri", "source-file", "line-number"}}</c>.</summary>
    private static List<Violation> FromReportUri(JsonElement root)
        => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("csp-report", out var r) && r.ValueKind == JsonValueKind.Object
            ? [new(Text(r, "effective-directive") ?? Text(r, "violated-directive"), Text(r, "blocked-uri"), Text(r, "document-uri"), Where(Text(r, "source-file"), Text(r, "line-number")))]
            : [];

    /// <summary><c>[{"type": "csp-violation", "body": {"documentURL", "effectiveDirective", "blockedURL", "sourceFile", "lineNumber"}}, …]</c>.</summary>
    private static List<Violation> FromReportingApi(JsonElement root)
        => root.ValueKind != JsonValueKind.Array ? [] : root.EnumerateArray()
            .Where(r => r.ValueKind == JsonValueKind.Object && Text(r, "type") == "csp-violation" && r.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object)
            .Take(MaxReportsPerBody)
            .Select(r => r.GetProperty("body"))
            .Select(b => new Violation(Text(b, "effectiveDirective"), Text(b, "blockedURL"), Text(b, "documentURL"), Where(Text(b, "sourceFile"), Text(b, "lineNumber"))))
            .ToList();

    private static string? Where(string? file, string? line) => file is null ? null : line is null ? file : $"{file}:{line}";

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is null ? null : Clean(text);
    }

    /// <summary>Cut to <see cref="MaxValueLength"/>, control characters (line breaks that could forge log lines) as '?'.</summary>
    private static string Clean(string text)
    {
        var cut = text.Length > MaxValueLength ? text[..MaxValueLength] : text;
        return string.Create(cut.Length, cut, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CSP violation: {Directive} blocked {Blocked} on {Document} ({Source}), reported from {Address}")]
    private static partial void LogViolation(ILogger logger, string? directive, string? blocked, string? document, string? source, string? address);

    private sealed record Violation(string? Directive, string? Blocked, string? Document, string? Source);
}
