using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Tenancy.Background;
using BananPark.Cms.Tenancy.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BananPark.Cms.Content.Tests;

public sealed class SchedulingTests : WorkflowTestBase
{
    [Fact]
    public async Task SchedulePublishAsync_WhenLatestIsADraft_StoresTheTimeOnTheDraftRow()
    {
        var draft = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        var when = Clock.UtcNow.AddHours(2);

        Assert.True(await Manager(m => m.SchedulePublishAsync(draft.ContentItemId, when)));

        var row = Assert.Single(await RowsAsync(draft.ContentItemId));
        Assert.Equal(when, row.ScheduledPublishUtc);
        Assert.Equal(when, (await LatestAsync(draft.ContentItemId))!.As<PublishLaterPart>()!.ScheduledPublishUtc);
        Assert.Equal(ContentEventKind.Scheduled, Events.KindsFor(draft.ContentItemId)[^1]);
    }

    [Fact]
    public async Task SchedulePublishAsync_WhenLatestIsPublished_ReturnsFalseAndWritesNothing()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var before = await Tenant.SnapshotAsync();

        Assert.False(await Manager(m => m.SchedulePublishAsync(item.ContentItemId, Clock.UtcNow.AddHours(1))));

        Assert.Equal(before, await Tenant.SnapshotAsync());
    }

    [Fact]
    public async Task PublishDueAsync_PublishesOnlyTheDueDraftsAndClearsTheirSchedule()
    {
        var due = await SaveAsync(Enterprise("Due").Build(), publish: false);
        var later = await SaveAsync(Enterprise("Later").Build(), publish: false);
        var unscheduled = await SaveAsync(Enterprise("Unscheduled").Build(), publish: false);
        await Manager(m => m.SchedulePublishAsync(due.ContentItemId, Clock.UtcNow.AddMinutes(5)));
        await Manager(m => m.SchedulePublishAsync(later.ContentItemId, Clock.UtcNow.AddHours(5)));
        Clock.Advance(TimeSpan.FromMinutes(5));

        var count = await Manager(m => m.PublishDueAsync(Clock.UtcNow));

        Assert.Equal(1, count);
        var published = await PublishedAsync(due.ContentItemId);
        Assert.NotNull(published);
        Assert.Null(published.As<PublishLaterPart>());
        Assert.Equal(Clock.UtcNow, published.PublishedUtc);
        Assert.Null(Assert.Single(await RowsAsync(due.ContentItemId)).ScheduledPublishUtc);
        Assert.Null(await PublishedAsync(later.ContentItemId));
        Assert.NotNull(Assert.Single(await RowsAsync(later.ContentItemId)).ScheduledPublishUtc);
        Assert.Null(await PublishedAsync(unscheduled.ContentItemId));
        Assert.Equal(0, await Manager(m => m.PublishDueAsync(Clock.UtcNow)));
    }

    [Fact]
    public async Task PublishDueAsync_WhenADraftOverAPublishedVersionIsDue_PublishesTheDraft()
    {
        var item = await SaveAsync(Enterprise("Huike", "live").Build(), publish: true);
        await SaveAsync(WithSummary(item, "scheduled"), publish: false);
        await Manager(m => m.SchedulePublishAsync(item.ContentItemId, Clock.UtcNow.AddMinutes(1)));
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, await Manager(m => m.PublishDueAsync(Clock.UtcNow)));

        Assert.Equal("scheduled", Summary(await PublishedAsync(item.ContentItemId)));
        Assert.Equal(2, (await VersionsAsync(item.ContentItemId)).Count);
    }

    [Fact]
    public async Task PublishDueAsync_WhenOneDueDraftCannotBePublished_StillPublishesTheOthers()
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var clash = await SaveAsync(Enterprise("Clash").With(i => i.Apply(new AutoroutePart { Path = "enterprises/huike" })).Build(), publish: false);
        var fine = await SaveAsync(Enterprise("Fine").Build(), publish: false);
        await Manager(m => m.SchedulePublishAsync(clash.ContentItemId, Clock.UtcNow.AddMinutes(1)));
        await Manager(m => m.SchedulePublishAsync(fine.ContentItemId, Clock.UtcNow.AddMinutes(2)));
        Clock.Advance(TimeSpan.FromMinutes(3));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => Manager(m => m.PublishDueAsync(Clock.UtcNow)));

        Assert.Contains("/enterprises/huike", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await PublishedAsync(fine.ContentItemId));
        Assert.Null(await PublishedAsync(clash.ContentItemId));
        Assert.NotNull(Assert.Single(await RowsAsync(clash.ContentItemId)).ScheduledPublishUtc);
    }

    [Fact]
    public async Task SchedulePublishAsync_WhenCancelled_RemovesTheSchedule()
    {
        var draft = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        await Manager(m => m.SchedulePublishAsync(draft.ContentItemId, Clock.UtcNow.AddMinutes(1)));

        Assert.True(await Manager(m => m.SchedulePublishAsync(draft.ContentItemId, null)));
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(Assert.Single(await RowsAsync(draft.ContentItemId)).ScheduledPublishUtc);
        Assert.Null((await LatestAsync(draft.ContentItemId))!.As<PublishLaterPart>());
        Assert.Equal(0, await Manager(m => m.PublishDueAsync(Clock.UtcNow)));
        Assert.Null(await PublishedAsync(draft.ContentItemId));
    }

    [Fact]
    public async Task SaveAsync_WhenAScheduledDraftIsPublishedByHand_ClearsTheSchedule()
    {
        var draft = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        await Manager(m => m.SchedulePublishAsync(draft.ContentItemId, Clock.UtcNow.AddMinutes(1)));

        await SaveAsync((await LatestAsync(draft.ContentItemId))!, publish: true);

        Assert.Null((await PublishedAsync(draft.ContentItemId))!.As<PublishLaterPart>());
        Assert.DoesNotContain(await RowsAsync(draft.ContentItemId), r => r.ScheduledPublishUtc is not null);
    }

    [Fact]
    public async Task RestoreAsync_WhenAScheduledDraftWasTrashed_BringsItBackUnscheduled()
    {
        var draft = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        await Manager(m => m.SchedulePublishAsync(draft.ContentItemId, Clock.UtcNow.AddMinutes(1)));
        await Manager(m => m.DeleteAsync(draft.ContentItemId));
        Clock.Advance(TimeSpan.FromHours(1));

        await Manager(m => m.RestoreAsync(draft.ContentItemId));

        Assert.Equal(0, await Manager(m => m.PublishDueAsync(Clock.UtcNow)));
        Assert.Null(await PublishedAsync(draft.ContentItemId));
        Assert.Null(Assert.Single(await RowsAsync(draft.ContentItemId)).ScheduledPublishUtc);
    }

    [Fact]
    public async Task RunOnceAsync_WhenTheTenantIsReady_PublishesItsDueDrafts()
    {
        var draft = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        await Manager(m => m.SchedulePublishAsync(draft.ContentItemId, Clock.UtcNow.AddMinutes(1)));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Tenant.RunScopeAsync(async services =>
        {
            services.GetRequiredService<ReadyTenants>().MarkReady(TenantSettings.DefaultName, Clock.UtcNow);
            await Scheduler(services).RunOnceAsync(CancellationToken.None);
            return true;
        });

        Assert.NotNull(await PublishedAsync(draft.ContentItemId));
        Assert.Contains(ContentEventKind.Published, Events.KindsFor(draft.ContentItemId));
    }

    [Fact]
    public async Task RunOnceAsync_WhenTheTenantIsNotReady_LeavesItAlone()
    {
        var draft = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        await Manager(m => m.SchedulePublishAsync(draft.ContentItemId, Clock.UtcNow));
        Clock.Advance(TimeSpan.FromMinutes(1));

        await Tenant.RunScopeAsync(async services =>
        {
            await Scheduler(services).RunOnceAsync(CancellationToken.None);
            return true;
        });

        Assert.Null(await PublishedAsync(draft.ContentItemId));
    }

    private static ScheduledPublishing Scheduler(IServiceProvider services)
        => services.GetServices<IHostedService>().OfType<ScheduledPublishing>().Single();
}
