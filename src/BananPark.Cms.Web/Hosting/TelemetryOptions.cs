namespace BananPark.Cms.Web.Hosting;

/// <summary>OpenTelemetry export. Bound from <c>Cms:Telemetry</c>; off by default.</summary>
public sealed class TelemetryOptions
{
    /// <summary>
    /// The OTLP collector's base URL (HTTP/protobuf), e.g. <c>http://127.0.0.1:4318</c>. Empty: the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> if set, otherwise nothing is exported.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Collects traces and metrics even without an exporter (for an exporter added in code, e.g. a test's).</summary>
    public bool Enabled { get; set; }

    /// <summary>The <c>service.name</c> of every span and measurement.</summary>
    public string ServiceName { get; set; } = "banan-park-cms";
}
