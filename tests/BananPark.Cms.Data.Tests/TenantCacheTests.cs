using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Data.Tests;

/// <summary>The site's one cache keeps what loaded and forgets what failed.</summary>
public sealed class TenantCacheTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync() => _tenant = await TestTenant.CreateAsync();

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task GetOrLoadAsync_WhenTheFirstLoadFails_LoadsAgainOnTheNextCallAndKeepsThat()
    {
        var loads = 0;
        Task<CacheLoad<string>> LoadAsync(CancellationToken cancellationToken)
            => ++loads == 1 ? throw new IOException("the store is busy") : Task.FromResult(new CacheLoad<string>("loaded", 16));

        var failure = await Assert.ThrowsAsync<IOException>(() => GetAsync(LoadAsync));
        var second = await GetAsync(LoadAsync);
        var third = await GetAsync(LoadAsync);

        Assert.Equal("the store is busy", failure.Message);
        Assert.Equal("loaded", second);
        Assert.Equal("loaded", third);
        Assert.Equal(2, loads);
    }

    private Task<string> GetAsync(Func<CancellationToken, Task<CacheLoad<string>>> load)
        => _tenant.RunAsync<ITenantCache, string>(cache => cache.GetOrLoadAsync("Default", SiteChanges.Settings, "retry-test", load));
}
