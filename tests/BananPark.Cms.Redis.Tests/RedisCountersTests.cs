using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Redis.Tests;

/// <summary>Sign-in failures and posts are counted by every node together.</summary>
public sealed class RedisCountersTests
{
    private const string Tenant = TenantSettings.DefaultName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FailedAsync_OnTwoNodes_CountsTheirFailuresTogether()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();

        for (var i = 0; i < 3; i++)
        {
            await Throttle(a).FailedAsync(Tenant, "admin", Ct);
        }

        var beforeB = await Throttle(b).WaitForAsync(Tenant, "admin", Ct);
        await Throttle(b).FailedAsync(Tenant, "admin", Ct);
        var fifth = await Throttle(b).FailedAsync(Tenant, " ADMIN", Ct);

        Assert.Equal(TimeSpan.Zero, beforeB);
        Assert.Equal(TimeSpan.FromSeconds(1), fifth);
        Assert.InRange(await Throttle(a).WaitForAsync(Tenant, "admin", Ct), TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SucceededAsync_OnOneNode_ForgetsTheFailuresOnEveryNode()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            await Throttle(a).FailedAsync(Tenant, "admin", Ct);
        }

        await Throttle(b).SucceededAsync(Tenant, "admin", Ct);

        Assert.Equal(TimeSpan.Zero, await Throttle(a).WaitForAsync(Tenant, "admin", Ct));
    }

    [Fact]
    public async Task IncrementAsync_WhenFixed_KeepsTheFirstIncrementsWindowOnEveryNode()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();
        var now = DateTimeOffset.UtcNow;

        var first = await Counters(a).IncrementAsync("posts", now, TimeSpan.FromMinutes(1), SharedCountWindow.Fixed, Ct);
        var second = await Counters(b).IncrementAsync("posts", now.AddSeconds(20), TimeSpan.FromMinutes(1), SharedCountWindow.Fixed, Ct);

        Assert.Equal(1, first.Count);
        Assert.Equal(2, second.Count);
        Assert.InRange(second.Expires - now.AddSeconds(20), TimeSpan.FromSeconds(55), TimeSpan.FromSeconds(60));
    }

    internal static SignInThrottle Throttle(TestTenant node) => Service<SignInThrottle>(node);

    internal static ISharedCounters Counters(TestTenant node) => Service<ISharedCounters>(node);

    private static T Service<T>(TestTenant node) where T : notnull
    {
        using var scope = node.CreateScope();
        return scope.ServiceProvider.GetRequiredService<T>();
    }
}
