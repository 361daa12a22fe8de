using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Search.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Search.Tests;

/// <summary>The directory's facets: values kept in step with publishing, counts, combinations with text; on every provider.</summary>
public abstract class DirectoryFacts
{
    protected abstract TestStore Store { get; }

    [Fact]
    public async Task Counts_FollowPublishUnpublishAndEdits()
    {
        await using var tenant = await DirectoryTenant.CreateAsync(Store);
        var cars = await tenant.SaveNamedAsync("Sector", "Cars");
        var chips = await tenant.SaveNamedAsync("Sector", "Chips");
        var a = await tenant.SaveAsync(DirectoryTenant.Firm("Alpha", cars.ContentItemId, null, "Maker", listed: true));
        await tenant.SaveAsync(DirectoryTenant.Firm("Beta", cars.ContentItemId, null, "Maker", listed: false));
        await tenant.SaveAsync(DirectoryTenant.Firm("Gamma", chips.ContentItemId, null, "Supplier", listed: false), publish: false);
        var first = await tenant.DirectoryAsync();

        var edited = DirectoryTenant.Firm("Alpha", chips.ContentItemId, null, "Supplier", listed: true);
        edited.ContentItemId = a.ContentItemId;
        await tenant.SaveAsync(edited);
        var afterEdit = await tenant.DirectoryAsync();
        await tenant.RunAsync<IContentManager, bool>(m => m.UnpublishAsync(a.ContentItemId));
        var afterUnpublish = await tenant.DirectoryAsync();

        Assert.Equal(2, first.Total);
        Assert.Equal([cars.ContentItemId + "=2"], first.Counts("sector"));
        Assert.Equal(["Maker=2"], first.Counts("kind"));
        Assert.Equal(["false=1", "true=1"], first.Counts("listed"));
        Assert.Equal(new[] { cars.ContentItemId + "=1", chips.ContentItemId + "=1" }.Order(StringComparer.Ordinal), afterEdit.Counts("sector"));
        Assert.Equal(["Maker=1", "Supplier=1"], afterEdit.Counts("kind"));
        Assert.Equal(1, afterUnpublish.Total);
        Assert.Equal([cars.ContentItemId + "=1"], afterUnpublish.Counts("sector"));
        Assert.Equal(["false=1"], afterUnpublish.Counts("listed"));
    }

    [Fact]
    public async Task TwoFacetsAndText_AreCombined_CountsReflectTheOtherSelections()
    {
        await using var tenant = await DirectoryTenant.CreateAsync(Store);
        var cars = (await tenant.SaveNamedAsync("Sector", "Cars")).ContentItemId;
        var chips = (await tenant.SaveNamedAsync("Sector", "Chips")).ContentItemId;
        var north = (await tenant.SaveNamedAsync("Holding", "North")).ContentItemId;
        var south = (await tenant.SaveNamedAsync("Holding", "South")).ContentItemId;
        await tenant.SaveAsync(DirectoryTenant.Firm("Suzuki Works", cars, north, "Maker", true, "<p>Engines and gearboxes.</p>"));
        await tenant.SaveAsync(DirectoryTenant.Firm("Axle Co", cars, south, "Maker", true, "<p>Gearboxes.</p>"));
        await tenant.SaveAsync(DirectoryTenant.Firm("Wafer Ltd", chips, north, "Maker", false, "<p>Gearboxes for steppers.</p>"));
        await tenant.SaveAsync(DirectoryTenant.Firm("Dune", chips, south, "Supplier", false, "<p>Sand.</p>"));

        var carsNorth = await tenant.DirectoryAsync(selected: [("sector", [cars]), ("group", [north])]);
        var eitherSector = await tenant.DirectoryAsync(selected: [("sector", [cars, chips]), ("group", [north])]);
        var withText = await tenant.DirectoryAsync("gearbox", selected: [("group", [north])]);

        Assert.Equal(1, carsNorth.Total);
        Assert.Single(carsNorth.ContentItemIds);
        // Counts of a facet leave out its own selection: both sectors under North, both groups in Cars.
        Assert.Equal(new[] { cars + "=1", chips + "=1" }.Order(StringComparer.Ordinal), carsNorth.Counts("sector"));
        Assert.Equal(new[] { north + "=1", south + "=1" }.Order(StringComparer.Ordinal), carsNorth.Counts("group"));
        Assert.Equal(["Maker=1"], carsNorth.Counts("kind"));
        Assert.Equal(2, eitherSector.Total);
        Assert.Equal(2, withText.Total);
        Assert.Equal(["false=1", "true=1"], withText.Counts("listed"));
        Assert.Equal(new[] { north + "=2", south + "=1" }.Order(StringComparer.Ordinal), withText.Counts("group"));
    }

    [Fact]
    public async Task Pages_AreInTitleOrder_AndAPagePastTheEndIsEmpty()
    {
        await using var tenant = await DirectoryTenant.CreateAsync(Store);
        var ids = new List<string>();
        foreach (var title in new[] { "Delta", "Alpha", "Charlie", "Bravo" })
        {
            ids.Add((await tenant.SaveAsync(DirectoryTenant.Firm(title, null, null, "Maker", true))).ContentItemId);
        }

        var second = await tenant.DirectoryAsync(skip: 2, take: 2, selected: [("kind", ["Maker"])]);
        var past = await tenant.DirectoryAsync(skip: 40, take: 2, selected: [("kind", ["Maker"])]);

        Assert.Equal([ids[2], ids[0]], second.ContentItemIds);
        Assert.Equal(4, second.Total);
        Assert.Empty(past.ContentItemIds);
        Assert.Equal(4, past.Total);
    }

    [Theory]
    [MemberData(nameof(HostileValues), DisableDiscoveryEnumeration = true)]
    public async Task HostileInput_GivesResultsOrNothing_NeverAnError(string value)
    {
        await using var tenant = await DirectoryTenant.CreateAsync(Store);
        await tenant.SaveAsync(DirectoryTenant.Firm("Suzuki", null, null, "100% made_here", true, "<p>Cars \"near\" the OR gate.</p>"));

        var asText = await tenant.DirectoryAsync(value);
        var asValue = await tenant.DirectoryAsync(selected: [("kind", [value]), ("unknown", [value])]);

        Assert.True(asText.Total <= 1);
        Assert.True(asValue.Total <= 1);
        Assert.All(asValue.Counts.Values, c => Assert.True(c.Count <= 1));
    }

    public static TheoryData<string> HostileValues() =>
    [
        new string('x', 10_000),
        "\"suzuki", "suz*", "NEAR(suzuki gate)", "suzuki OR gate", "%", "_", "100%", "made_here", "a\0b", "\0", "' OR 1=1 --", "长安",
    ];

    [Fact]
    public async Task Rebuild_RefillsTheFacetValues()
    {
        await using var tenant = await DirectoryTenant.CreateAsync(Store);
        await tenant.SaveAsync(DirectoryTenant.Firm("Alpha", null, null, "Maker", true));
        await tenant.RunAsync<ISearchIndex>(i => i.ClearAsync());
        var cleared = await tenant.DirectoryAsync();

        await tenant.RunAsync<SearchRebuild, int>(r => r.RebuildAsync());

        Assert.Empty(cleared.Counts["kind"]);
        Assert.Equal(["Maker=1"], (await tenant.DirectoryAsync()).Counts("kind"));
    }
}

/// <summary>The directory facts on SQLite.</summary>
public sealed class SqliteDirectoryFacts : DirectoryFacts
{
    protected override TestStore Store => TestStore.Sqlite;
}

/// <summary>The directory facts on PostgreSQL (skipped without CMS_TEST_POSTGRES, failing when CMS_REQUIRE_POSTGRES=1).</summary>
public sealed class PostgreSqlDirectoryFacts : DirectoryFacts
{
    protected override TestStore Store => TestStore.PostgreSql;
}
