using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Tests;

public sealed class SignInThrottleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new();

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 16)]
    [InlineData(11, 60)]
    [InlineData(1000, 60)]
    public void Delay_AfterFailures_DoublesUpToTheLongest(int failures, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), SignInThrottle.Delay(failures, TimeSpan.FromMinutes(1)));

    [Fact]
    public async Task WaitForAsync_AfterFiveFailures_WaitsForEveryNameSpelledAnyWay()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            await throttle.FailedAsync("Default", "Someone", Ct);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), await throttle.WaitForAsync("Default", " SOMEONE", Ct));
        Assert.Equal(TimeSpan.Zero, await throttle.WaitForAsync("Other", "someone", Ct));
    }

    [Fact]
    public async Task WaitForAsync_AsTheDelayPasses_Shrinks()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures + 2; i++)
        {
            await throttle.FailedAsync("Default", "someone", Ct);
        }

        _clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(1), await throttle.WaitForAsync("Default", "someone", Ct));
    }

    [Fact]
    public async Task FailedAsync_AfterTheWindowWithoutFailures_StartsAfresh()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            await throttle.FailedAsync("Default", "someone", Ct);
        }

        _clock.Advance(SignInThrottle.Window);

        Assert.Equal(TimeSpan.Zero, await throttle.FailedAsync("Default", "someone", Ct));
    }

    [Fact]
    public async Task SucceededAsync_ForgetsTheFailures()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            await throttle.FailedAsync("Default", "someone", Ct);
        }

        await throttle.SucceededAsync("Default", "someone", Ct);

        Assert.Equal(TimeSpan.Zero, await throttle.WaitForAsync("Default", "someone", Ct));
    }

    private SignInThrottle Throttle() => new(new InProcessCounters(), _clock, Options.Create(new CmsIdentityOptions()));
}
