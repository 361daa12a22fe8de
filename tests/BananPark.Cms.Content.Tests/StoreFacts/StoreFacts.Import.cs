using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>An import is all or nothing, and importing the same recipe again changes nothing.</summary>
public abstract partial class StoreFacts
{
    [Fact]
    public async Task ImportAsync_WhenTheSameRecipeIsImportedAgain_ChangesNothing()
    {
        // Items without dates get "now": at 100 ns precision it would not read back equal from PostgreSQL's microseconds.
        Clock.Advance(TimeSpan.FromTicks(1_234_567));
        var recipe = new RecipeBuilder().Content(Enterprises(3).ToArray()).Build();
        Assert.Equal(3, (await Tenant.ImportAsync(recipe))["Content.Created"]);
        var before = await Tenant.SnapshotAsync();

        var report = await Tenant.ImportAsync(recipe);

        Assert.Equal(3, report["Content.Unchanged"]);
        Assert.Equal(0, report["Content.Created"] + report["Content.Updated"]);
        Assert.Equal(before, await Tenant.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WhenTheLastItemIsInvalid_StoresNoneOfTheItemsBeforeIt()
    {
        var broken = new ContentItemBuilder("Enterprise").WithTitle("Broken")
            .With(i => i.Content["Enterprise"] = new JsonObject { ["Summary"] = new JsonObject { ["Text"] = 3 } }).Build();
        var recipe = new RecipeBuilder().Content([.. Enterprises(600), broken]).Build();
        var before = await Tenant.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => Tenant.ImportAsync(recipe));

        Assert.Equal("$.steps[0].data[600].Enterprise.Summary.Text", error.JsonPath);
        Assert.Equal(before, await Tenant.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WhenItemsFillSeveralBatches_StoresEveryOneWithItsRouteAndDates()
    {
        var items = Enterprises(1_100).ToList();

        var report = await Tenant.ImportAsync(new RecipeBuilder().Content([.. items]).Build());

        Assert.Equal(1_100, report["Content.Created"]);
        Assert.Equal(1_100, await Tenant.CountVersionsAsync());
        var last = await Manager(m => m.GetByRouteAsync("enterprises/imported-1099"));
        Assert.Equal(items[^1].ContentItemId, last!.ContentItemId);
        Assert.NotNull(last.PublishedUtc);
        Assert.Equal(1_100, await Manager(m => m.CountAsync(new ContentQuery { ContentType = "Enterprise", Version = VersionOptions.Published })));
    }

    private static IEnumerable<ContentItem> Enterprises(int count) => Enumerable.Range(0, count).Select(i =>
        new ContentItemBuilder("Enterprise").WithTitle(string.Create(CultureInfo.InvariantCulture, $"Imported {i}"))
            .WithRoute(string.Create(CultureInfo.InvariantCulture, $"enterprises/imported-{i:D4}")).Build());
}
