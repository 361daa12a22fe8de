using System.Security.Cryptography;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Redis.Tests;

/// <summary>Two environments on one Redis, with two instance names, see nothing of each other.</summary>
public sealed class RedisInstanceIsolationTests
{
    private const string Tenant = TenantSettings.DefaultName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Change_UnderOneInstanceName_IsNotSeenUnderAnother()
    {
        var sameSite = new CountingListener();
        var otherSite = new CountingListener();
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        await nodes.AddAsync(configure: s => s.AddSingleton<ISiteChangeListener>(sameSite));
        await nodes.AddAsync(Nodes.NewInstance(), s => s.AddSingleton<ISiteChangeListener>(otherSite));

        await a.RunAsync<IChangeSignal>(signal => signal.SignalAsync(SiteChanges.PublishedContent, Ct));
        Assert.True(await RedisChangeSignalTests.EventuallyAsync(() => Task.FromResult(sameSite.Count > 0), TimeSpan.FromSeconds(5)));
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);

        Assert.Equal(0, otherSite.Count);
    }

    [Fact]
    public async Task LocksCountersAndKeys_UnderOneInstanceName_AreNotSharedWithAnother()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var other = await nodes.AddAsync(Nodes.NewInstance());
        await using var held = await RedisLockTests.AcquireAsync(a, "job");
        for (var i = 0; i < 5; i++)
        {
            await RedisCountersTests.Throttle(a).FailedAsync(Tenant, "admin", Ct);
        }

        var payload = await a.RunAsync<IDataProtectionProvider, string>(p => Task.FromResult(p.CreateProtector("test").Protect("secret")));

        Assert.NotNull(held);
        await using (var otherLock = await RedisLockTests.AcquireAsync(other, "job"))
        {
            Assert.NotNull(otherLock);
        }

        Assert.Equal(TimeSpan.Zero, await RedisCountersTests.Throttle(other).WaitForAsync(Tenant, "admin", Ct));
        await Assert.ThrowsAsync<CryptographicException>(() => other.RunAsync<IDataProtectionProvider, string>(p => Task.FromResult(p.CreateProtector("test").Unprotect(payload))));
        Assert.All(await Nodes.KeysAsync(nodes.Instance), key => Assert.StartsWith(nodes.Instance + ":", key, StringComparison.Ordinal));
    }
}
