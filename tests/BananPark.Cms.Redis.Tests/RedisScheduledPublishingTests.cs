using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Tenancy.Background;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BananPark.Cms.Redis.Tests;

/// <summary>Two nodes on one store run scheduled publishing; a due draft is published once.</summary>
public sealed class RedisScheduledPublishingTests
{
    private const string Tenant = TenantSettings.DefaultName;

    private readonly ManualClock _clock = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunOnceAsync_OnTwoNodesAtOnce_PublishesADueDraftOnce()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync(configure: UseClock);
        var b = await nodes.AddAsync(configure: UseClock);
        var id = await ScheduleDueDraftAsync(a);

        await Task.WhenAll(RunPassAsync(a), RunPassAsync(b));

        Assert.NotNull(await a.RunAsync<IContentManager, ContentItem?>(m => m.GetAsync(id, VersionOptions.Published, Ct)));
        Assert.Equal(1, await PublishEventsAsync(a, id));
    }

    [Fact]
    public async Task RunOnceAsync_WhileAnotherNodeHoldsTheTenantsLock_SkipsTheTenant()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync(configure: UseClock);
        var b = await nodes.AddAsync(configure: UseClock);
        var id = await ScheduleDueDraftAsync(a);
        var held = await RedisLockTests.AcquireAsync(a, ScheduledPublishing.LockName(Tenant));

        await RunPassAsync(b);
        var whileHeld = await PublishEventsAsync(a, id);
        await held!.DisposeAsync();
        await RunPassAsync(b);

        Assert.Equal(0, whileHeld);
        Assert.Equal(1, await PublishEventsAsync(a, id));
    }

    private void UseClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    private async Task<string> ScheduleDueDraftAsync(TestTenant node)
    {
        await node.ImportAsync(NoticeRecipe.Definitions);
        var draft = await node.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(NoticeRecipe.Notice("Open day"), publish: false, Ct));
        await node.RunAsync<IContentManager, bool>(m => m.SchedulePublishAsync(draft.ContentItemId, _clock.UtcNow.AddMinutes(1), Ct));
        _clock.Advance(TimeSpan.FromMinutes(2));
        return draft.ContentItemId;
    }

    private Task<bool> RunPassAsync(TestTenant node) => node.RunScopeAsync(async services =>
    {
        services.GetRequiredService<ReadyTenants>().MarkReady(Tenant, _clock.UtcNow);
        await services.GetServices<IHostedService>().OfType<ScheduledPublishing>().Single().RunOnceAsync(Ct);
        return true;
    });

    private static Task<int> PublishEventsAsync(TestTenant node, string id)
        => node.RunAsync<CmsDbContext, int>(db => db.AuditEvents.CountAsync(e => e.ContentItemId == id && e.Event == nameof(ContentEventKind.Published), Ct));
}
