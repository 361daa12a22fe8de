using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests;

public sealed class ContentManagerTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(new RecipeBuilder().Type("Group", "groups", ("NumericField", "Area")).Build());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task SaveAsync_WhenPublishedTwice_KeepsBothVersionsAndPublishesOnlyTheLatest()
    {
        var first = await SaveAsync(new ContentItemBuilder("Group").WithTitle("Huaxi").WithNumber("Area", 477m).Build(), publish: true);
        var changed = first.Clone();
        changed.SetField("Group", "Area", new NumericField { Value = 480m });

        await SaveAsync(changed, publish: true);

        var versions = await Manager(m => m.GetVersionsAsync(first.ContentItemId));
        Assert.Equal(2, versions.Count);
        Assert.Equal([false, true], versions.Select(v => v.Published));
        Assert.Equal([false, true], versions.Select(v => v.Latest));
        Assert.NotEqual(versions[0].ContentItemVersionId, versions[1].ContentItemVersionId);
        Assert.Equal(477m, versions[0].GetField<NumericField>("Group", "Area")!.Value);
        Assert.Equal(480m, (await Manager(m => m.GetAsync(first.ContentItemId)))!.GetField<NumericField>("Group", "Area")!.Value);
    }

    [Fact]
    public async Task SaveAsync_WhenDraftSavedOverPublished_VisitorsStillSeeThePublishedVersion()
    {
        var published = await SaveAsync(new ContentItemBuilder("Group").WithTitle("Jinzhu").Build(), publish: true);
        var draft = published.Clone();
        draft.Apply(new TitlePart { Title = "Jinzhu (draft)" });

        await SaveAsync(draft, publish: false);

        Assert.Equal("Jinzhu", (await Manager(m => m.GetAsync(published.ContentItemId)))!.DisplayText);
        Assert.Equal("Jinzhu (draft)", (await Manager(m => m.GetAsync(published.ContentItemId, VersionOptions.Latest)))!.DisplayText);
    }

    [Fact]
    public async Task SaveAsync_WhenDraftSavedTwice_UpdatesTheDraftInPlace()
    {
        var draft = await SaveAsync(new ContentItemBuilder("Group").WithTitle("Tianming").Draft().Build(), publish: false);
        draft.Apply(new TitlePart { Title = "Tianming Group" });

        var saved = await SaveAsync(draft, publish: false);

        var versions = await Manager(m => m.GetVersionsAsync(draft.ContentItemId));
        Assert.Single(versions);
        Assert.Equal(draft.ContentItemVersionId, saved.ContentItemVersionId);
        Assert.Null(await Manager(m => m.GetAsync(draft.ContentItemId)));
    }

    [Fact]
    public async Task SaveAsync_WhenTitleAndPatternGiven_DerivesDisplayTextAndRoute()
    {
        var item = new ContentItemBuilder("Group").With(i => i.Apply(new TitlePart { Title = "Jieshi Town" })).Build();
        item.Apply(new AutoroutePart());

        var saved = await SaveAsync(item, publish: true);

        Assert.Equal("Jieshi Town", saved.DisplayText);
        Assert.Equal("groups/jieshi-town", saved.As<AutoroutePart>()!.Path);
        Assert.Equal(saved.ContentItemId, (await Manager(m => m.GetByRouteAsync("/Groups/Jieshi-Town/")))!.ContentItemId);
    }

    [Fact]
    public async Task SaveAsync_WhenRouteTakenByAnotherItem_RefusesAndStoresNothing()
    {
        await SaveAsync(new ContentItemBuilder("Group").WithTitle("Huaxi").WithRoute("groups/huaxi").Build(), publish: true);
        var clash = new ContentItemBuilder("Group").WithTitle("Other").WithRoute("groups/HUAXI").Build();

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(clash, publish: true));

        Assert.Contains("/groups/huaxi", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Manager(m => m.GetVersionsAsync(clash.ContentItemId)));
    }

    [Fact]
    public async Task SaveAsync_WhenTypeUnknown_RefusesWithTheTypeName()
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(new ContentItemBuilder("Spaceship").Build(), publish: true));

        Assert.Contains("Spaceship", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenTheSameItemComesTwice_WritesItOnce()
    {
        var item = new ContentItemBuilder("Group").WithTitle("Huaxi").WithRoute("groups/huaxi").Build();

        var first = await Manager(m => m.ImportAsync(item));
        var second = await Manager(m => m.ImportAsync(item));

        Assert.Equal(ImportOutcome.Created, first);
        Assert.Equal(ImportOutcome.Unchanged, second);
        Assert.Single(await Manager(m => m.GetVersionsAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task ImportAsync_WhenAPublishedItemChanges_AddsAVersionAndKeepsTheOldOne()
    {
        var item = new ContentItemBuilder("Group").WithTitle("Huaxi").WithNumber("Area", 4.77m).Build();
        await Manager(m => m.ImportAsync(item));
        var changed = item.Clone();
        changed.SetField("Group", "Area", new NumericField { Value = 5m });

        var outcome = await Manager(m => m.ImportAsync(changed));

        Assert.Equal(ImportOutcome.Updated, outcome);
        var versions = await Manager(m => m.GetVersionsAsync(item.ContentItemId));
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.Published);
        Assert.Equal(5m, versions.Single(v => v.Published).GetField<NumericField>("Group", "Area")!.Value);
    }

    [Fact]
    public async Task QueryAsync_WhenChildrenHaveOrder_ReturnsThemInContainerOrder()
    {
        var parent = new ContentItemBuilder("Group").WithTitle("Parent").Build();
        await SaveAsync(parent, publish: true);
        foreach (var (title, order) in new[] { ("B", 2), ("C", 3), ("A", 1) })
        {
            await SaveAsync(new ContentItemBuilder("Group").WithTitle(title)
                .With(i => i.Apply(new ContainedPart { ListContentItemId = parent.ContentItemId, Order = order })).Build(), publish: true);
        }

        var children = await Manager(m => m.QueryAsync(new ContentQuery { ContainerId = parent.ContentItemId, OrderBy = ContentOrder.ContainedOrder }));

        Assert.Equal(["A", "B", "C"], children.Select(c => c.DisplayText));
    }

    private Task<ContentItem> SaveAsync(ContentItem item, bool publish) => Manager(m => m.SaveAsync(item, publish));

    private Task<T> Manager<T>(Func<IContentManager, Task<T>> work) => _tenant.RunAsync(work);
}
