using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Tests;

public sealed class ChangeSignalTests : IAsyncLifetime
{
    private readonly CountingListener _listener = new();
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync(services => services.AddSingleton<ISiteChangeListener>(_listener));
        await _tenant.ImportAsync(new RecipeBuilder().Type("Group", "groups").Build());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task SaveAsync_WhenSeveralSavesShareOneTransaction_SignalsOnceAfterTheCommit()
    {
        _listener.Count = 0;

        await _tenant.RunScopeAsync(async scope =>
        {
            var content = scope.GetRequiredService<IContentManager>();
            await using var transaction = await scope.GetRequiredService<IStoreSession>().BeginTransactionAsync();
            await content.SaveAsync(new ContentItemBuilder("Group").WithTitle("Huaxi").Build(), publish: true);
            await content.SaveAsync(new ContentItemBuilder("Group").WithTitle("Jinzhu").Build(), publish: true);
            Assert.Equal(0, _listener.Count);
            await transaction.CommitAsync();
            return true;
        });

        Assert.Equal(1, _listener.Count);
    }

    [Fact]
    public async Task SaveAsync_AfterARolledBackTransactionInTheSameScope_StillSignals()
    {
        _listener.Count = 0;

        await _tenant.RunScopeAsync(async scope =>
        {
            var content = scope.GetRequiredService<IContentManager>();
            await using (await scope.GetRequiredService<IStoreSession>().BeginTransactionAsync())
            {
                await content.SaveAsync(new ContentItemBuilder("Group").WithTitle("Rolled back").Build(), publish: true);
            }

            await content.SaveAsync(new ContentItemBuilder("Group").WithTitle("Tianming").Build(), publish: true);
            return true;
        });

        Assert.Equal(1, _listener.Count);
    }

    [Fact]
    public async Task SaveAsync_WhenOnlyADraftIsSaved_SignalsDraftsNotAPublicChange()
    {
        _listener.Count = 0;

        await _tenant.RunAsync<IContentManager>(content => content.SaveAsync(new ContentItemBuilder("Group").WithTitle("Draft only").Build(), publish: false));

        Assert.Equal(1, _listener.Count);
        Assert.Equal(SiteChanges.Drafts, _listener.Last);
        Assert.False(_listener.Last.IsPublic());
    }

    [Fact]
    public async Task SaveAsync_WhenADraftAndAPublishShareOneTransaction_SignalsBothOnce()
    {
        _listener.Count = 0;

        await _tenant.RunScopeAsync(async scope =>
        {
            var content = scope.GetRequiredService<IContentManager>();
            await using var transaction = await scope.GetRequiredService<IStoreSession>().BeginTransactionAsync();
            await content.SaveAsync(new ContentItemBuilder("Group").WithTitle("A draft").Build(), publish: false);
            await content.SaveAsync(new ContentItemBuilder("Group").WithTitle("Published").Build(), publish: true);
            await transaction.CommitAsync();
            return true;
        });

        Assert.Equal(1, _listener.Count);
        Assert.Equal(SiteChanges.Drafts | SiteChanges.PublishedContent, _listener.Last);
    }

    private sealed class CountingListener : ISiteChangeListener
    {
        public int Count { get; set; }

        public SiteChanges Last { get; private set; }

        public Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
        {
            Count++;
            Last = changes;
            return Task.CompletedTask;
        }
    }
}
