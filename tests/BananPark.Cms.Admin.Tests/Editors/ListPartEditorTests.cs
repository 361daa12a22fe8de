using BananPark.Cms.Admin.Parts.List;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

/// <summary>Over the Banan recipe: the "Fast consumer goods" cluster lists Heng'an Paper Industry, then Blue Moon.</summary>
public sealed class ListPartEditorTests : EditorTest
{
    private const string ClusterId = "7new7qrh6fhmwyeg857q360n8c";

    protected override bool ImportsBananRecipe => true;

    [Fact]
    public async Task Render_ListsTheChildrenInOrderWithStatusLinksAndMoveButtons()
    {
        var (definition, cluster) = await LoadAsync(ClusterId);

        var cut = RenderAs<ListPartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, cluster, "ListPart", "Items in this list")));

        Assert.Equal("Items in this list", cut.Find("legend").TextContent);
        var rows = cut.FindAll(".list-children li");
        Assert.Equal(["Heng'an Paper Industry", "Blue Moon"], rows.Select(r => r.QuerySelector("a")!.TextContent));
        var first = rows[0].QuerySelector("a")!.GetAttribute("href")!;
        Assert.Matches("^/admin/content/[a-z0-9]+/edit$", first);
        Assert.All(rows, r => Assert.Contains(r.QuerySelectorAll(".badge"), b => b.TextContent == "Published"));
        var firstId = first.Split('/')[3];
        var up = rows[0].QuerySelector("button[value$=':up']")!;
        Assert.Equal("list-move", up.GetAttribute("name"));
        Assert.Equal($"{firstId}:up", up.GetAttribute("value"));
        Assert.True(up.HasAttribute("disabled"));
        Assert.Equal("Move Heng'an Paper Industry up", up.TextContent);
        Assert.False(rows[0].QuerySelector("button[value$=':down']")!.HasAttribute("disabled"));
        Assert.True(rows[1].QuerySelector("button[value$=':down']")!.HasAttribute("disabled"));
        var add = cut.Find("a.button");
        Assert.Equal("Add Enterprise", add.TextContent);
        Assert.Equal($"/admin/content/new/Enterprise?container={ClusterId}", add.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_ForANewItem_AsksToSaveFirst()
    {
        var (definition, _) = await LoadAsync(ClusterId);
        var fresh = new ContentItemBuilder("Cluster").Build();

        var cut = RenderAs<ListPartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, fresh, "ListPart", "Items in this list")));

        Assert.Equal("Save first to add items.", cut.Find("p.muted").TextContent);
        Assert.Empty(cut.FindAll("a, button"));
    }

    [Fact]
    public async Task Render_HostileChildTitle_IsEncoded()
    {
        await Tenant.RunAsync<IContentManager>(content => content.SaveAsync(
            new ContentItemBuilder("Enterprise").WithTitle(Hostile).Draft().With(i => i.Apply(new ContainedPart { ListContentItemId = ClusterId, Order = 3 })).Build(),
            publish: false, Xunit.TestContext.Current.CancellationToken));
        var (definition, cluster) = await LoadAsync(ClusterId);

        var cut = RenderAs<ListPartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, cluster, "ListPart", "Items in this list")));

        var last = cut.FindAll(".list-children li")[^1];
        Assert.Equal(Hostile, last.QuerySelector("a")!.TextContent);
        Assert.Contains(last.QuerySelectorAll(".badge"), b => b.TextContent == "Draft");
        AssertEncoded(cut);
    }

    private async Task<(ContentDefinition, ContentItem)> LoadAsync(string id)
    {
        var definition = await Tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync(Xunit.TestContext.Current.CancellationToken));
        var item = await Tenant.RunAsync<IContentManager, ContentItem?>(c => c.GetAsync(id, VersionOptions.Latest, Xunit.TestContext.Current.CancellationToken));
        return (definition, item!);
    }
}
