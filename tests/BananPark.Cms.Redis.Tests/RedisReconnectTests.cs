using BananPark.Cms.Core.Data;
using BananPark.Cms.Redis.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Redis.Tests;

/// <summary>When Redis goes away and comes back, a node evicts what it may have missed and hears the others again.</summary>
public sealed class RedisReconnectTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reconnect_AfterRedisWasDown_EvictsEverythingAndReceivesChangesAgain()
    {
        await using var redis = await ThrowawayRedis.StartAsync();
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync(redis: redis.Configuration);
        var onB = new CountingListener();
        var b = await nodes.AddAsync(redis: redis.Configuration, configure: s => s.AddSingleton<ISiteChangeListener>(onB));
        Assert.Equal("before", await RedisChangeSignalTests.ProbeAsync(b, "before"));

        await redis.StopAsync();
        Assert.True(await RedisChangeSignalTests.EventuallyAsync(() => Task.FromResult(!Connected(b)), Patience), "node B never noticed Redis was gone");
        await a.RunAsync<IChangeSignal>(signal => signal.SignalAsync(SiteChanges.PublishedContent, Ct)); // lost: nobody hears it
        Assert.Equal("before", await RedisChangeSignalTests.ProbeAsync(b, "missed"));
        await redis.RestartAsync();

        Assert.True(await RedisChangeSignalTests.EventuallyAsync(async () => await RedisChangeSignalTests.ProbeAsync(b, "after") == "after", Patience),
            "node B kept what it had cached before Redis went away");
        Assert.True(await RedisChangeSignalTests.EventuallyAsync(() => Task.FromResult(Connected(a)), Patience));
        var told = onB.Count;
        await a.RunAsync<IChangeSignal>(signal => signal.SignalAsync(SiteChanges.Settings, Ct));
        Assert.True(await RedisChangeSignalTests.EventuallyAsync(() => Task.FromResult(onB.Count > told), Patience), "node B no longer hears node A");
    }

    private static bool Connected(TestTenant node)
    {
        using var scope = node.CreateScope();
        return scope.ServiceProvider.GetRequiredService<RedisConnection>().Multiplexer.IsConnected;
    }
}
