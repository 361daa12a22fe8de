using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>The database itself refuses what the content manager promises never to write.</summary>
public abstract partial class StoreFacts
{
    [Theory]
    [InlineData(true, false, null)]
    [InlineData(false, true, null)]
    [InlineData(true, false, "groups/huaxi")]
    public async Task SaveChanges_WhenTwoVersionsShareAFlagOrARoute_IsRefused(bool published, bool latest, string? route)
    {
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => Tenant.RunAsync<CmsDbContext>(async db =>
        {
            db.ContentItems.Add(Row("4storefact0000000000000001", "v1", published, latest, route));
            db.ContentItems.Add(Row(route is null ? "4storefact0000000000000001" : "4storefact0000000000000002", "v2", published, latest, route));
            await db.SaveChangesAsync();
        }));

        // SQLite: "UNIQUE constraint failed"; PostgreSQL: "duplicate key value violates unique constraint".
        Assert.Contains("unique", error.GetBaseException().Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SaveChanges_WhenOldVersionsAreNeitherLatestNorPublished_KeepsThemAll()
    {
        await Tenant.RunAsync<CmsDbContext>(async db =>
        {
            db.ContentItems.Add(Row("4storefact0000000000000003", "v1", published: false, latest: false, route: "a"));
            db.ContentItems.Add(Row("4storefact0000000000000003", "v2", published: false, latest: false, route: "a"));
            db.ContentItems.Add(Row("4storefact0000000000000003", "v3", published: true, latest: true, route: "a"));
            await db.SaveChangesAsync();
        });

        Assert.Equal(3, await Tenant.CountVersionsAsync());
    }

    private static ContentItemRecord Row(string id, string version, bool published, bool latest, string? route) => new()
    {
        ContentItemId = id,
        ContentItemVersionId = id[..20] + version,
        ContentType = "Group",
        Published = published,
        Latest = latest,
        RoutePath = route,
    };
}
