using System.Diagnostics;
using BananPark.Cms.Core.Diagnostics;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BananPark.Cms.Web.Tests;

/// <summary>With telemetry on, a request and an import produce their spans and measurements (read by OpenTelemetry's in-memory exporter).</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly CmsSiteFactory _site;

    public TelemetryTests() => _site = new CmsSiteFactory()
        .With("Cms:Telemetry:Enabled", "true")
        .WithServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics)));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _site.DeleteData();
    }

    [Fact]
    public async Task RequestAndImport_WhenTelemetryIsOn_ProduceSpansAndMeasurements()
    {
        using var client = _site.CreateClient();
        await client.GetStringAsync(new Uri("/groups/jinzhu", UriKind.Relative), TestContext.Current.CancellationToken);
        await client.GetStringAsync(new Uri("/groups/jinzhu", UriKind.Relative), TestContext.Current.CancellationToken);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var recipe = RecipeReader.Read(GeneratedEnterprises.Recipe(5), "telemetry.recipe.json");
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, TestTenant.TestParameters, cancellationToken: TestContext.Current.CancellationToken);
        }

        await Task.Delay(200, TestContext.Current.CancellationToken); // the server span ends just after the client has the response
        _site.Services.GetRequiredService<TracerProvider>().ForceFlush();
        _site.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var spans = _spans.ToList();
        var metrics = _metrics.ToList();

        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("url.path"), "/groups/jinzhu"));
        Assert.Contains(spans, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        var import = Assert.Single(spans, s => s.Source.Name == CmsTelemetry.Name && s.DisplayName == "Import generated-enterprises-5");
        Assert.Equal(5, import.GetTagItem("cms.import.items"));
        Assert.True(Sum(metrics, "http.server.request.duration", point => HistogramCount(point)) >= 2, "No request durations were measured.");
        Assert.True(Sum(metrics, "cms.import.items", point => Tag(point, "outcome") == "Created" ? point.GetSumLong() : 0) >= 5);
        Assert.True(Sum(metrics, "cms.import.duration", HistogramCount) >= 1, "No import duration was measured.");
        Assert.True(Sum(metrics, "cms.cache.lookups", point => Tag(point, "cache") == "output" && Tag(point, "result") == "hit" ? point.GetSumLong() : 0) >= 1, "The output cache's hit was not counted.");
        Assert.True(Sum(metrics, "cms.cache.lookups", point => Tag(point, "cache") == "tenant" ? point.GetSumLong() : 0) >= 1, "The site cache's lookups were not counted.");
    }

    private static long HistogramCount(MetricPoint point) => point.GetHistogramCount();

    /// <summary>The latest snapshot of the metric (cumulative), summed over its points.</summary>
    private static long Sum(List<MetricSnapshot> metrics, string name, Func<MetricPoint, long> value)
        => metrics.LastOrDefault(m => m.Name == name) is { } latest ? latest.MetricPoints.Sum(value) : 0;

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
