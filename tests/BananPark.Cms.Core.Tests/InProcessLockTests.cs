using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Core.Tests;

public sealed class InProcessLockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private readonly InProcessLock _locks = new();

    [Fact]
    public async Task TryAcquireAsync_WhileHeld_IsRefusedUntilReleased()
    {
        var held = await _locks.TryAcquireAsync("job", Lease, Ct);

        Assert.NotNull(held);
        Assert.Null(await _locks.TryAcquireAsync("job", Lease, Ct));
        Assert.NotNull(await _locks.TryAcquireAsync("other job", Lease, Ct));
        await held.DisposeAsync();
        Assert.NotNull(await _locks.TryAcquireAsync("job", Lease, Ct));
    }

    [Fact]
    public async Task DisposeAsync_OfAnEarlierHolder_DoesNotReleaseTheNextOne()
    {
        var first = (await _locks.TryAcquireAsync("job", Lease, Ct))!;
        await first.DisposeAsync();
        var second = await _locks.TryAcquireAsync("job", Lease, Ct);

        await first.DisposeAsync();

        Assert.NotNull(second);
        Assert.Null(await _locks.TryAcquireAsync("job", Lease, Ct));
    }
}
