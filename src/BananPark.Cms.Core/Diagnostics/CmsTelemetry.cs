using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BananPark.Cms.Core.Diagnostics;

/// <summary>
/// The site's own traces and metrics, named <see cref="Name"/>: plain .NET <see cref="ActivitySource"/> and
/// <see cref="Meter"/>, so a capability records without knowing who listens. The host exports them with
/// OpenTelemetry (requests and database commands come from their own instrumentation).
/// </summary>
public static class CmsTelemetry
{
    /// <summary>The name of the site's activity source and meter.</summary>
    public const string Name = "BananPark.Cms";

    /// <summary>Spans of the site's own work (a recipe import).</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>The site's meter.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Lookups in a cache, tagged <c>cache</c> (<c>tenant</c>, <c>output</c>) and <c>result</c> (<c>hit</c>, <c>miss</c>); the hit ratio is hits ÷ all.</summary>
    public static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>("cms.cache.lookups", "{lookup}", "Cache lookups by cache and result (hit or miss).");

    /// <summary>Content items a recipe import handled, tagged <c>outcome</c> (<c>Created</c>, <c>Updated</c>, <c>Unchanged</c>).</summary>
    public static readonly Counter<long> ItemsImported = Meter.CreateCounter<long>("cms.import.items", "{item}", "Content items handled by recipe imports, by outcome.");

    /// <summary>How long a recipe import took, tagged <c>dry_run</c>.</summary>
    public static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>("cms.import.duration", "s", "Duration of recipe imports.");

    /// <summary>Counts <paramref name="count"/> cache lookups with one result.</summary>
    public static void CacheLookup(string cache, bool hit, long count = 1)
        => CacheLookups.Add(count, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
}
