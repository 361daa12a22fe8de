using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Testing;
using StackExchange.Redis;

namespace BananPark.Cms.Redis.Tests;

/// <summary>The lock every node respects: refused to others while held, released only by its holder, bounded by its lease.</summary>
public sealed class RedisLockTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryAcquireAsync_WhileNodeAHoldsIt_IsRefusedToNodeBUntilAReleases()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();

        var held = await AcquireAsync(a, "job");
        var refused = await AcquireAsync(b, "job");
        var other = await AcquireAsync(b, "other job");
        await held!.DisposeAsync();
        var afterRelease = await AcquireAsync(b, "job");

        Assert.NotNull(held);
        Assert.Null(refused);
        Assert.NotNull(other);
        Assert.NotNull(afterRelease);
    }

    [Fact]
    public async Task DisposeAsync_AfterTheLockPassedToAnotherNode_LeavesTheOtherNodesLock()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();
        var held = (await AcquireAsync(a, "job"))!;
        await DeleteAsync(nodes.Instance, "lock:job"); // A's lease ran out, as when A stalled past it
        var bHolds = await AcquireAsync(b, "job");

        await held.DisposeAsync();

        Assert.NotNull(bHolds);
        Assert.Null(await AcquireAsync(a, "job"));
    }

    [Fact]
    public async Task TryAcquireAsync_WhileTheHolderLives_RenewsPastTheLease()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();
        await using var held = await a.RunAsync<IDistributedLock, IAsyncDisposable?>(l => l.TryAcquireAsync("job", TimeSpan.FromMilliseconds(600), Ct));

        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);

        Assert.NotNull(held);
        Assert.Null(await AcquireAsync(b, "job"));
    }

    [Fact]
    public async Task TryAcquireAsync_WhenTheHolderDied_SucceedsOnceTheLeaseEnds()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();
        var held = await a.RunAsync<IDistributedLock, IAsyncDisposable?>(l => l.TryAcquireAsync("job", TimeSpan.FromMilliseconds(600), Ct));
        await a.DisposeAsync(); // the process ends without releasing: its connection and renewals stop

        var refusedAtOnce = await AcquireAsync(b, "job");
        var later = await RedisChangeSignalTests.EventuallyAsync(async () => await AcquireAsync(b, "job") is not null, TimeSpan.FromSeconds(3));

        Assert.NotNull(held);
        Assert.Null(refusedAtOnce);
        Assert.True(later, "the lock of a node that died was never freed");
    }

    internal static Task<IAsyncDisposable?> AcquireAsync(TestTenant node, string name)
        => node.RunAsync<IDistributedLock, IAsyncDisposable?>(locks => locks.TryAcquireAsync(name, Lease, Ct));

    private static async Task DeleteAsync(string instance, string key)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        Assert.True(await redis.GetDatabase().KeyDeleteAsync($"{instance}:{key}"));
    }
}
