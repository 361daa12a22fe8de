using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Tests;

/// <summary>
/// A tenant of the test's own with the <see cref="WorkflowRecipe"/> types, a clock the test
/// moves, an actor the test signs in and every content event recorded.
/// </summary>
public abstract class WorkflowTestBase : IAsyncLifetime
{
    protected TestTenant Tenant { get; private set; } = null!;

    protected ManualClock Clock { get; } = new();

    protected TestActor Actor { get; } = new();

    protected RecordingListener Events { get; } = new();

    /// <summary>The provider the tenant stores on (the store facts run on each).</summary>
    protected virtual TestStore Store => TestStore.Sqlite;

    public async ValueTask InitializeAsync()
    {
        Tenant = await TestTenant.CreateAsync(Configure, new Dictionary<string, string?>(), Store);
        await Tenant.ImportAsync(WorkflowRecipe.Definitions);
    }

    public async ValueTask DisposeAsync()
    {
        await Tenant.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The services every tenant of the class gets (also a second tenant on the same store).</summary>
    protected void Configure(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentActor>(Actor);
        services.AddSingleton<IContentEventListener>(Events);
        ConfigureServices(services);
    }

    /// <summary>Adds or replaces services for one test class.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>An enterprise whose route comes from the type's pattern (<c>enterprises/{slug}</c>).</summary>
    protected static ContentItemBuilder Enterprise(string title, string? summary = null)
        => new ContentItemBuilder("Enterprise").WithTitle(title)
            .With(i => i.Apply(new AutoroutePart()))
            .With(i => i.SetField("Enterprise", "Summary", new TextField { Text = summary }));

    protected Task<T> Manager<T>(Func<IContentManager, Task<T>> work) => Tenant.RunAsync(work);

    protected Task<ContentItem> SaveAsync(ContentItem item, bool publish) => Manager(m => m.SaveAsync(item, publish));

    protected Task<ContentItem?> LatestAsync(string id) => Manager(m => m.GetAsync(id, VersionOptions.Latest));

    protected Task<ContentItem?> PublishedAsync(string id) => Manager(m => m.GetAsync(id));

    protected Task<IReadOnlyList<ContentItem>> VersionsAsync(string id) => Manager(m => m.GetVersionsAsync(id));

    protected Task<IReadOnlyList<ContentItem>> QueryAsync(ContentQuery query) => Manager(m => m.QueryAsync(query));

    /// <summary>The stored rows of an item, oldest first, as the database holds them.</summary>
    protected Task<List<ContentItemRecord>> RowsAsync(string id)
        => Tenant.RunAsync<CmsDbContext, List<ContentItemRecord>>(db => db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == id).OrderBy(r => r.Id).ToListAsync());

    /// <summary>The audit events of an item, oldest first.</summary>
    protected Task<List<AuditEventRecord>> AuditAsync(string id)
        => Tenant.RunAsync<CmsDbContext, List<AuditEventRecord>>(db => db.AuditEvents.AsNoTracking().Where(e => e.ContentItemId == id).OrderBy(e => e.Id).ToListAsync());

    protected static string? Summary(ContentItem? item) => item?.GetField<TextField>("Enterprise", "Summary")?.Text;

    protected static ContentItem WithSummary(ContentItem item, string summary)
    {
        var changed = item.Clone();
        changed.SetField("Enterprise", "Summary", new TextField { Text = summary });
        return changed;
    }
}
