using BananPark.Cms.Media.Processing;

namespace BananPark.Cms.Media.Tests;

/// <summary><see cref="MediaDecodeBudget"/>: decodes wait until their bytes fit, first come first served; none waits forever.</summary>
public sealed class MediaDecodeBudgetTests
{
    private const long MiB = 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reserve_WhenTheBudgetIsTaken_WaitsUntilTheHolderIsDone()
    {
        var budget = new MediaDecodeBudget(64 * MiB);
        var first = await budget.ReserveAsync(48 * MiB, Ct);

        var second = budget.ReserveAsync(48 * MiB, Ct);
        var small = budget.ReserveAsync(8 * MiB, Ct);
        Assert.False(second.IsCompleted);
        Assert.False(small.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        (await small).Dispose();
    }

    [Fact]
    public async Task Reserve_SmallDecodes_RunSideBySide()
    {
        var budget = new MediaDecodeBudget(64 * MiB);

        var decodes = Enumerable.Range(0, 8).Select(_ => budget.ReserveAsync(8 * MiB, Ct)).ToArray();

        Assert.All(decodes, d => Assert.True(d.IsCompletedSuccessfully));
        var ninth = budget.ReserveAsync(8 * MiB, Ct);
        Assert.False(ninth.IsCompleted);
        (await decodes[0]).Dispose();
        (await ninth).Dispose();
    }

    [Fact]
    public async Task Reserve_LargerThanTheWholeBudget_RunsAloneOnceNothingElseRuns()
    {
        var budget = new MediaDecodeBudget(64 * MiB);
        var small = await budget.ReserveAsync(1 * MiB, Ct);

        var huge = budget.ReserveAsync(500 * MiB, Ct);
        Assert.False(huge.IsCompleted);
        small.Dispose();
        var alone = await huge;
        var next = budget.ReserveAsync(1 * MiB, Ct);
        Assert.False(next.IsCompleted);

        alone.Dispose();
        (await next).Dispose();
    }

    [Fact]
    public async Task Reserve_Cancelled_LeavesTheQueue_AndTheNextOneIsServed()
    {
        var budget = new MediaDecodeBudget(64 * MiB);
        var holder = await budget.ReserveAsync(60 * MiB, Ct);
        using var leaving = new CancellationTokenSource();
        var cancelled = budget.ReserveAsync(48 * MiB, leaving.Token);
        var waiting = budget.ReserveAsync(48 * MiB, Ct);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        holder.Dispose();

        (await waiting).Dispose();
        Assert.True(budget.ReserveAsync(64 * MiB, Ct).IsCompletedSuccessfully);
    }
}
