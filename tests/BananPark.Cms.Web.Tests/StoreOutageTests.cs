using System.Net;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// While the content store refuses every connection (<see cref="StoreOutage"/>): pages in the output cache
/// are still served, everything else answers 503 with <c>Retry-After</c> and a small page without a stack
/// trace, <c>/health/ready</c> answers 503; once the store is back, the same node serves again by itself.
/// </summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private readonly StoreOutage _outage = new();
    private readonly CmsSiteFactory _site;
    private HttpClient _client = null!;

    public StoreOutageTests() => _site = new CmsSiteFactory().WithServices(services => StoreOutage.Install(services, _outage));

    public ValueTask InitializeAsync()
    {
        _client = _site.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
        _site.DeleteData();
    }

    [Fact]
    public async Task Site_WhileTheStoreIsDown_ServesCachedPagesAnd503sTheRest_ThenRecovers()
    {
        await GetAsync("/groups/huaxi");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/health/ready")).StatusCode);

        _outage.Down = true;
        var cached = await GetAsync("/groups/huaxi");
        var uncached = await GetAsync("/enterprises/chang-an-suzuki");
        var ready = await GetAsync("/health/ready");
        _outage.Down = false;
        var recovered = await GetAsync("/enterprises/chang-an-suzuki");
        var readyAgain = await GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(cached.Headers.Age.HasValue, "The cached page was rendered again while the store was down.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
        Assert.NotNull(uncached.Headers.RetryAfter);
        var page = await uncached.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Temporarily unavailable", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.NotNull(ready.Headers.RetryAfter);
        Assert.Contains("database of Default is unavailable", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(string path)
        => _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
}
