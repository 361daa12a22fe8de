using BananPark.Cms.Testing;
using BenchmarkDotNet.Attributes;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// The enterprise directory with facets, through the assembled site in process (output cache off), against the
/// unfaceted directory page 1 of the same site as the baseline: one cluster (a sixth of the generated enterprises),
/// its page 2, and the cluster with a word every tenth enterprise has. Each page is checked to be a 200 page before it
/// is measured. 10,000 generated enterprises; set <c>CMS_BENCH_DIRECTORY_100K=1</c> to add 100,000 (its setup takes
/// minutes).
/// </summary>
[MemoryDiagnoser]
public class DirectoryBenchmarks
{
    private static readonly string Cluster = GeneratedEnterprises.ClusterIds[0];
    private HttpClient _client = null!;

    /// <summary>Items on the site: the Banan recipe plus generated enterprises.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Items { get; set; }

    public static IEnumerable<int> Sizes()
    {
        yield return PublicSite.BananItems + 10_000;
        if (Environment.GetEnvironmentVariable("CMS_BENCH_DIRECTORY_100K") == "1")
        {
            yield return PublicSite.BananItems + 100_000;
        }
    }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var site = await PublicSite.GetAsync(Items);
        foreach (var path in Paths.All)
        {
            await site.CheckPageAsync(path);
        }

        await site.WarmUpAsync(Paths.All, TimeSpan.FromSeconds(3));
        _client = site.Client;
    }

    [Benchmark(Baseline = true, Description = "Directory page 1 (no facets)")]
    public Task<byte[]> Unfaceted() => _client.GetByteArrayAsync(Paths.Unfaceted);

    [Benchmark(Description = "One cluster")]
    public Task<byte[]> OneCluster() => _client.GetByteArrayAsync(Paths.OneCluster);

    [Benchmark(Description = "One cluster, page 2")]
    public Task<byte[]> OneClusterPage2() => _client.GetByteArrayAsync(Paths.OneClusterPage2);

    [Benchmark(Description = "One cluster and a word")]
    public Task<byte[]> ClusterAndWord() => _client.GetByteArrayAsync(Paths.ClusterAndWord);

    private static class Paths
    {
        public static readonly Uri Unfaceted = new("/enterprises", UriKind.Relative);
        public static readonly Uri OneCluster = new("/enterprises?cluster=" + Cluster, UriKind.Relative);
        public static readonly Uri OneClusterPage2 = new("/enterprises?cluster=" + Cluster + "&page=2", UriKind.Relative);
        public static readonly Uri ClusterAndWord = new("/enterprises?cluster=" + Cluster + "&q=optoelectronic", UriKind.Relative);
        public static readonly string[] All = [Unfaceted.OriginalString, OneCluster.OriginalString, OneClusterPage2.OriginalString, ClusterAndWord.OriginalString];
    }
}
