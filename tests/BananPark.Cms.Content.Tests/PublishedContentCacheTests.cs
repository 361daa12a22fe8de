using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests;

public sealed class PublishedContentCacheTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(new RecipeBuilder().Type("Group", "groups").Content(
            new ContentItemBuilder("Group").WithId("4groupcachetest00000000000").WithTitle("Huaxi").WithRoute("groups/huaxi").Build()).Build());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task GetByRouteAsync_WhenACallerChangesTheResult_OthersStillReadTheStoredItem()
    {
        var first = (await Read())!;
        first.Apply(new TitlePart { Title = "Changed in memory only" });
        first.DisplayText = "Changed in memory only";

        var second = await Read();

        Assert.Equal("Huaxi", second!.DisplayText);
    }

    [Fact]
    public async Task GetByRouteAsync_AfterAPublish_ReadsTheNewVersion()
    {
        var item = (await Read())!;
        item.Apply(new TitlePart { Title = "Huaxi Group" });

        await _tenant.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(item, publish: true));

        Assert.Equal("Huaxi Group", (await Read())!.DisplayText);
    }

    [Fact]
    public async Task QueryAsync_AfterAnImport_ListsTheNewItem()
    {
        Assert.Single(await Query());

        await _tenant.ImportAsync(new RecipeBuilder().Content(new ContentItemBuilder("Group").WithTitle("Jinzhu").WithRoute("groups/jinzhu").Build()).Build());

        Assert.Equal(2, (await Query()).Count);
    }

    private Task<ContentItem?> Read() => _tenant.RunAsync<IContentManager, ContentItem?>(m => m.GetByRouteAsync("groups/huaxi"));

    private Task<IReadOnlyList<ContentItem>> Query()
        => _tenant.RunAsync<IContentManager, IReadOnlyList<ContentItem>>(m => m.QueryAsync(new ContentQuery { ContentType = "Group" }));
}
