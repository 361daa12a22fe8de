using BananPark.Cms.Identity.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Tests;

public sealed class SignInThrottleTests
{
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
    public void WaitFor_AfterFiveFailures_WaitsForEveryNameSpelledAnyWay()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            throttle.Failed("Default", "Someone");
        }

        Assert.Equal(TimeSpan.FromSeconds(1), throttle.WaitFor("Default", " SOMEONE"));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("Other", "someone"));
    }

    [Fact]
    public void WaitFor_AfterTheWindowWithoutFailures_StartsAfresh()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            throttle.Failed("Default", "someone");
        }

        _clock.Advance(SignInThrottle.Window);

        Assert.Equal(TimeSpan.Zero, throttle.Failed("Default", "someone"));
    }

    [Fact]
    public void Succeeded_ForgetsTheFailures()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            throttle.Failed("Default", "someone");
        }

        throttle.Succeeded("Default", "someone");

        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("Default", "someone"));
    }

    [Fact]
    public void Failed_ForMoreNamesThanItKeeps_ForgetsTheOldestFirst()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            throttle.Failed("Default", "first");
        }

        for (var i = 0; i < SignInThrottle.MaxAccounts; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            throttle.Failed("Default", $"name-{i}");
        }

        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("Default", "first"));
    }

    private SignInThrottle Throttle() => new(_clock, Options.Create(new CmsIdentityOptions()));
}
