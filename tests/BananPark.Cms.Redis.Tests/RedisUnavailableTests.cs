using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BananPark.Cms.Redis.Tests;

/// <summary>Redis down at start: the node starts, says it is not ready, and each shared thing degrades safely.</summary>
public sealed class RedisUnavailableTests
{
    /// <summary>Nothing listens on port 1 of the loopback address.</summary>
    private const string Unreachable = "127.0.0.1:1,connectTimeout=300,connectRetry=0";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Node_WhenRedisIsDown_StartsAndReportsRedisUnhealthy()
    {
        await using var nodes = new Nodes();
        var node = await nodes.AddAsync(redis: Unreachable);

        var report = await node.RunAsync<HealthCheckService, HealthReport>(h => h.CheckHealthAsync(r => r.Tags.Contains("ready"), Ct));

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["redis"].Status);
        Assert.DoesNotContain("127.0.0.1", report.Entries["redis"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedThings_WhenRedisIsDown_DegradeSafely()
    {
        await using var nodes = new Nodes();
        var node = await nodes.AddAsync(redis: Unreachable);
        await node.ImportAsync(NoticeRecipe.Definitions);

        var held = await node.RunAsync<IDistributedLock, IAsyncDisposable?>(l => l.TryAcquireAsync("job", TimeSpan.FromMinutes(1), Ct));
        var published = await node.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(NoticeRecipe.Notice("Still saves"), publish: true, Ct));
        var throttle = node.CreateScope().ServiceProvider.GetRequiredService<SignInThrottle>();
        var delays = new List<TimeSpan>();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            delays.Add(await throttle.FailedAsync(TenantSettings.DefaultName, "admin", Ct));
        }

        Assert.Null(held);
        Assert.True(published.Published);
        Assert.Equal(TimeSpan.FromSeconds(1), delays[^1]);
        Assert.True(await throttle.WaitForAsync(TenantSettings.DefaultName, "admin", Ct) > TimeSpan.Zero);
    }
}
