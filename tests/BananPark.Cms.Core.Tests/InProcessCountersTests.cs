using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Core.Tests;

public sealed class InProcessCountersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly InProcessCounters _counters = new();

    [Fact]
    public async Task IncrementAsync_WhenSliding_KeepsCountingWhileIncrementsComeWithinTheWindow()
    {
        await _counters.IncrementAsync("k", Start, Minute, SharedCountWindow.Sliding, Ct);
        await _counters.IncrementAsync("k", Start.AddSeconds(50), Minute, SharedCountWindow.Sliding, Ct);

        var third = await _counters.IncrementAsync("k", Start.AddSeconds(100), Minute, SharedCountWindow.Sliding, Ct);

        Assert.Equal(3, third.Count);
        Assert.Equal(Start.AddSeconds(160), third.Expires);
    }

    [Fact]
    public async Task IncrementAsync_WhenFixed_StartsAgainAWindowAfterTheFirst()
    {
        await _counters.IncrementAsync("k", Start, Minute, SharedCountWindow.Fixed, Ct);
        var second = await _counters.IncrementAsync("k", Start.AddSeconds(50), Minute, SharedCountWindow.Fixed, Ct);

        var afresh = await _counters.IncrementAsync("k", Start.AddSeconds(60), Minute, SharedCountWindow.Fixed, Ct);

        Assert.Equal((2, Start.AddSeconds(60)), (second.Count, second.Expires));
        Assert.Equal((1, Start.AddSeconds(120)), (afresh.Count, afresh.Expires));
    }

    [Fact]
    public async Task GetAsync_AfterTheWindow_IsNull()
    {
        await _counters.IncrementAsync("k", Start, Minute, SharedCountWindow.Sliding, Ct);

        Assert.Equal(1, (await _counters.GetAsync("k", Start.AddSeconds(59), Ct))?.Count);
        Assert.Null(await _counters.GetAsync("k", Start.AddSeconds(60), Ct));
        Assert.Null(await _counters.GetAsync("other", Start, Ct));
    }

    [Fact]
    public async Task ResetAsync_ForgetsTheCount()
    {
        await _counters.IncrementAsync("k", Start, Minute, SharedCountWindow.Sliding, Ct);

        await _counters.ResetAsync("k", Ct);

        Assert.Null(await _counters.GetAsync("k", Start, Ct));
    }

    [Fact]
    public async Task IncrementAsync_ForMoreKeysThanItKeeps_ForgetsTheOldestFirst()
    {
        await _counters.IncrementAsync("first", Start, TimeSpan.FromHours(1), SharedCountWindow.Sliding, Ct);
        for (var i = 0; i < InProcessCounters.MaxKeys; i++)
        {
            await _counters.IncrementAsync($"key-{i}", Start.AddMilliseconds(i + 1), TimeSpan.FromHours(1), SharedCountWindow.Sliding, Ct);
        }

        Assert.Null(await _counters.GetAsync("first", Start.AddSeconds(20), Ct));
        Assert.NotNull(await _counters.GetAsync("key-0", Start.AddSeconds(20), Ct));
    }
}
