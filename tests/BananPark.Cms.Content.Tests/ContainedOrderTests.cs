using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests;

public sealed class ContainedOrderTests : WorkflowTestBase
{
    [Fact]
    public async Task SetContainedOrderAsync_ReordersTheLatestAndPublishedVersionsOfTheChildren()
    {
        var park = await SaveAsync(new ContentItemBuilder("Park").WithTitle("Banan").Build(), publish: true);
        var first = await SaveAsync(Child("First", park, 0), publish: true);
        var second = await SaveAsync(Child("Second", park, 1), publish: true);
        var third = await SaveAsync(Child("Third", park, 2), publish: true);
        await SaveAsync(WithSummary(second, "draft over the published version"), publish: false);
        var versionsBefore = await Tenant.CountVersionsAsync();

        await Manager(async m =>
        {
            await m.SetContainedOrderAsync(park.ContentItemId, [third.ContentItemId, first.ContentItemId, second.ContentItemId]);
            return true;
        });

        string[] expected = [third.ContentItemId, first.ContentItemId, second.ContentItemId];
        var query = new ContentQuery { ContainerId = park.ContentItemId, OrderBy = ContentOrder.ContainedOrder };
        Assert.Equal(expected, Ids(await QueryAsync(query)));
        Assert.Equal(expected, Ids(await QueryAsync(query with { Version = VersionOptions.Latest })));
        var secondRows = (await RowsAsync(second.ContentItemId)).Where(r => r.Latest || r.Published).ToList();
        Assert.Equal(2, secondRows.Count);
        Assert.All(secondRows, r => Assert.Equal(2, r.ContainedOrder));
        Assert.Equal(2, (await LatestAsync(second.ContentItemId))!.As<ContainedPart>()!.Order);
        Assert.Equal(2, (await PublishedAsync(second.ContentItemId))!.As<ContainedPart>()!.Order);
        Assert.Equal(versionsBefore, await Tenant.CountVersionsAsync());
    }

    [Fact]
    public async Task SetContainedOrderAsync_LeavesItemsOfOtherContainersAlone()
    {
        var park = await SaveAsync(new ContentItemBuilder("Park").WithTitle("Banan").Build(), publish: true);
        var other = await SaveAsync(new ContentItemBuilder("Park").WithTitle("Other").Build(), publish: true);
        var mine = await SaveAsync(Child("Mine", park, 5), publish: true);
        var theirs = await SaveAsync(Child("Theirs", other, 7), publish: true);

        await Manager(async m =>
        {
            await m.SetContainedOrderAsync(park.ContentItemId, [theirs.ContentItemId, mine.ContentItemId]);
            return true;
        });

        Assert.Equal(1, (await PublishedAsync(mine.ContentItemId))!.As<ContainedPart>()!.Order);
        var untouched = (await PublishedAsync(theirs.ContentItemId))!.As<ContainedPart>()!;
        Assert.Equal(other.ContentItemId, untouched.ListContentItemId);
        Assert.Equal(7, untouched.Order);
    }

    private static ContentItem Child(string title, ContentItem park, int order)
        => Enterprise(title).With(i => i.Apply(new ContainedPart { ListContentItemId = park.ContentItemId, Order = order })).Build();

    private static IReadOnlyList<string> Ids(IEnumerable<ContentItem> items) => [.. items.Select(i => i.ContentItemId)];
}
