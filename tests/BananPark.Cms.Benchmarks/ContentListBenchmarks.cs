using BananPark.Cms.Core.ContentManagement;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// The admin content list over <see cref="SeededSite.Enterprises"/> enterprises: latest versions
/// of every type, most recently modified first, a page of 20; the ratio column compares each query
/// with the first page of the same list.
/// </summary>
[MemoryDiagnoser]
public class ContentListBenchmarks
{
    private const int PageSize = 20;

    private static readonly ContentQuery LatestByModified = new()
    {
        Version = VersionOptions.Latest,
        OrderBy = ContentOrder.ModifiedDescending,
        Take = PageSize,
    };

    private AsyncServiceScope _scope;
    private IContentManager _content = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var tenant = await SeededSite.GetAsync();
        _scope = tenant.CreateScope();
        _content = _scope.ServiceProvider.GetRequiredService<IContentManager>();
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _scope.DisposeAsync();

    [Benchmark(Baseline = true, Description = "Page 1")]
    public Task<IReadOnlyList<ContentItem>> FirstPage() => _content.QueryAsync(LatestByModified);

    [Benchmark(Description = "Page 200 (Skip 3980)")]
    public Task<IReadOnlyList<ContentItem>> Page200() => _content.QueryAsync(LatestByModified with { Skip = 199 * PageSize });

    [Benchmark(Description = "Count")]
    public Task<int> Count() => _content.CountAsync(LatestByModified);

    [Benchmark(Description = "Search, page 1")]
    public Task<IReadOnlyList<ContentItem>> Search() => _content.QueryAsync(LatestByModified with { Search = SeededSite.SearchWord });

    [Benchmark(Description = "Search, count")]
    public Task<int> SearchCount() => _content.CountAsync(LatestByModified with { Search = SeededSite.SearchWord });

    [Benchmark(Description = "Search + type, page 1")]
    public Task<IReadOnlyList<ContentItem>> SearchEnterprises()
        => _content.QueryAsync(LatestByModified with { Search = SeededSite.SearchWord, ContentTypes = ["Enterprise"] });

    [Benchmark(Description = "Search + type, count")]
    public Task<int> SearchEnterprisesCount()
        => _content.CountAsync(LatestByModified with { Search = SeededSite.SearchWord, ContentTypes = ["Enterprise"] });
}
