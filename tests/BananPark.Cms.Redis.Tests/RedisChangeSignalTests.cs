using System.Diagnostics;
using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Testing;
using BananPark.Cms.Theming.Endpoints;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Redis.Tests;

/// <summary>A change committed on node A reaches node B's caches through Redis, once, and never comes back to A.</summary>
public sealed class RedisChangeSignalTests
{
    private const string Tenant = TenantSettings.DefaultName;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_OnNodeA_EvictsNodeBsCachedItemsAndPagesWithinASecond()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();
        await a.ImportAsync(NoticeRecipe.Definitions);
        Assert.Equal("before", await ProbeAsync(b, "before"));
        await CachePageAsync(b);

        var watch = Stopwatch.StartNew();
        await a.RunAsync<IContentManager>(m => m.SaveAsync(NoticeRecipe.Notice("Opening hours"), publish: true));
        var evicted = await EventuallyAsync(async () => await ProbeAsync(b, "after") == "after", TimeSpan.FromSeconds(5));
        watch.Stop();

        Assert.True(evicted, "node B still held the item cached before node A's publish");
        Assert.True(watch.Elapsed < Second, $"node B's cache was evicted after {watch.ElapsedMilliseconds} ms");
        Assert.Null(await b.RunAsync<IOutputCacheStore, byte[]?>(store => store.GetAsync("page", Ct).AsTask()));
    }

    [Fact]
    public async Task Change_OnNodeA_IsToldOnceOnEachNodeAndNeverReplayedOnTheSender()
    {
        var onA = new CountingListener();
        var onB = new CountingListener();
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync(configure: s => s.AddSingleton<ISiteChangeListener>(onA));
        await nodes.AddAsync(configure: s => s.AddSingleton<ISiteChangeListener>(onB));

        await a.RunAsync<IChangeSignal>(signal => signal.SignalAsync(SiteChanges.Settings, Ct));
        Assert.True(await EventuallyAsync(() => Task.FromResult(onB.Count > 0), TimeSpan.FromSeconds(5)));
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);

        Assert.Equal(1, onA.Count);
        Assert.Equal(1, onB.Count);
    }

    [Fact]
    public async Task Draft_OnNodeA_KeepsNodeBsCachedPages()
    {
        var onB = new CountingListener();
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync(configure: s => s.AddSingleton<ISiteChangeListener>(onB));
        await a.ImportAsync(NoticeRecipe.Definitions);
        await EventuallyAsync(() => Task.FromResult(onB.Count > 0), TimeSpan.FromSeconds(5));
        await CachePageAsync(b);
        var told = onB.Count;

        await a.RunAsync<IContentManager>(m => m.SaveAsync(NoticeRecipe.Notice("A draft"), publish: false));
        Assert.True(await EventuallyAsync(() => Task.FromResult(onB.Count > told), TimeSpan.FromSeconds(5)));

        Assert.NotNull(await b.RunAsync<IOutputCacheStore, byte[]?>(store => store.GetAsync("page", Ct).AsTask()));
    }

    /// <summary>The value node's cache holds under a probe key evicted by published content, loading <paramref name="fresh"/> when it holds none.</summary>
    internal static Task<string> ProbeAsync(TestTenant node, string fresh)
        => node.RunAsync<ITenantCache, string>(cache => cache.GetOrLoadAsync(Tenant, SiteChanges.PublishedContent, "probe",
            _ => Task.FromResult(new CacheLoad<string>(fresh, 16)), Ct));

    private static Task CachePageAsync(TestTenant node)
        => node.RunAsync<IOutputCacheStore>(store => store.SetAsync("page", [1, 2, 3], [PublicSiteEndpoints.CacheTag(Tenant)], TimeSpan.FromMinutes(5), Ct).AsTask());

    internal static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), Ct);
        }

        return await condition();
    }
}
