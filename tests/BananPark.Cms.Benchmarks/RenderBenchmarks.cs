using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// Public pages rendered through the assembled site's endpoint in process (every middleware, no sockets), with
/// the output cache off, at the Banan recipe's 30 items and at 10,030 (plus 10,000 generated enterprises, about
/// 1,667 per cluster). Each page is checked to be a 200 page before it is measured. The body is read uncompressed:
/// what rendering costs, not compression.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class RenderBenchmarks
{
    private HttpClient _client = null!;

    /// <summary>Items on the site: the Banan recipe alone, or with 10,000 generated enterprises.</summary>
    [Params(PublicSite.BananItems, PublicSite.BananItems + 10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var site = await PublicSite.GetAsync(Items);
        foreach (var path in Paths.All)
        {
            await site.CheckPageAsync(path);
        }

        await site.WarmUpAsync(Paths.All, TimeSpan.FromSeconds(5));

        _client = site.Client;
    }

    [Benchmark(Description = "Home /")]
    public Task<byte[]> Home() => _client.GetByteArrayAsync(Paths.Home);

    [Benchmark(Description = "Cluster")]
    public Task<byte[]> Cluster() => _client.GetByteArrayAsync(Paths.Cluster);

    [Benchmark(Description = "Directory page 1")]
    public Task<byte[]> Directory() => _client.GetByteArrayAsync(Paths.Directory);

    [Benchmark(Description = "Enterprise")]
    public Task<byte[]> Enterprise() => _client.GetByteArrayAsync(Paths.Enterprise);

    private static class Paths
    {
        public static readonly Uri Home = new("/", UriKind.Relative);
        public static readonly Uri Cluster = new("/clusters/new-display-industry-cluster", UriKind.Relative);
        public static readonly Uri Directory = new("/enterprises", UriKind.Relative);
        public static readonly Uri Enterprise = new("/enterprises/chang-an-suzuki", UriKind.Relative);
        public static readonly string[] All = [Home.OriginalString, Cluster.OriginalString, Directory.OriginalString, Enterprise.OriginalString];
    }

    /// <summary>Mean time over the 30-item home page's, and over the same page's at 30 items.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new RatioColumn("Ratio to home (30)", "the home page at 30 items", (_, reference) => reference.Descriptor.WorkloadMethod.Name == nameof(Home) && Items(reference) == PublicSite.BananItems));
            AddColumn(new RatioColumn("Ratio to same page (30)", "the same page at 30 items", (measured, reference) =>
                reference.Descriptor.WorkloadMethod == measured.Descriptor.WorkloadMethod && Items(reference) == PublicSite.BananItems));
        }

        private static int Items(BenchmarkDotNet.Running.BenchmarkCase benchmark) => (int)benchmark.Parameters[nameof(Items)];
    }
}
