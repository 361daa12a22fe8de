using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Media.Tests;

/// <summary>Listing, search, ownership and all-or-nothing changes of the library, on every provider.</summary>
public abstract class LibraryFacts
{
    protected abstract TestStore Store { get; }

    [Fact]
    public async Task List_PagesAFolder_AndShowsItsSubfoldersWithCounts()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        for (var i = 0; i < 5; i++)
        {
            await tenant.UploadAcceptedAsync(TestImages.Png(i + 1, 1), $"p{i}.png", "park");
        }

        await tenant.UploadAcceptedAsync(TestImages.Png(9, 9), "a.png", "park/groups/east");
        await Run(tenant, l => l.CreateFolderAsync("park/plants", MediaTenant.Admin, default));

        var page = await tenant.RunAsync<MediaLibrary, MediaListPage>(l => l.ListAsync(new MediaListQuery { Folder = "park", Page = 2, PageSize = 2 }, MediaTenant.Admin, default));

        Assert.Equal(5, page.Total);
        Assert.Equal(["park/p2.png", "park/p3.png"], page.Items.Select(a => a.Path));
        Assert.Equal([("park/groups", 1), ("park/plants", 0)], page.Folders.Select(f => (f.Path, f.FileCount)));
    }

    [Fact]
    public async Task Search_FindsNameOrAltTextOfAnyCulture_UnderTheFolder()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        await tenant.UploadAcceptedAsync(TestImages.Png(1, 1), "gate.png", "park");
        var lake = await tenant.UploadAcceptedAsync(TestImages.Png(2, 1), "img-2.png", "park/views");
        await tenant.UploadAcceptedAsync(TestImages.Png(3, 1), "other.png", "elsewhere");
        var change = new MediaMetadataChange { AltTexts = new Dictionary<string, string> { ["zh-CN"] = "园区湖景", ["en"] = "The Lake at dawn" } };
        Assert.True((await Run(tenant, l => l.UpdateAsync(lake.Path, change, MediaTenant.Admin, default))).Succeeded);

        var byChinese = await List(tenant, new MediaListQuery { Folder = "park", Search = "湖景" });
        var byEnglish = await List(tenant, new MediaListQuery { Folder = "park", Search = "LAKE dawn" });
        var byName = await List(tenant, new MediaListQuery { Search = "gate" });
        var literalPercent = await List(tenant, new MediaListQuery { Search = "%" });

        Assert.Equal([lake.Path], byChinese.Items.Select(a => a.Path));
        Assert.Equal([lake.Path], byEnglish.Items.Select(a => a.Path));
        Assert.Equal(["park/gate.png"], byName.Items.Select(a => a.Path));
        Assert.Empty(literalPercent.Items);
    }

    [Fact]
    public async Task OwnOnly_SeesAndChangesOnlyWhatTheyUploaded()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        var mine = await tenant.UploadAcceptedAsync(TestImages.Png(1, 1), "mine.png", user: MediaTenant.Uploader);
        var theirs = await tenant.UploadAcceptedAsync(TestImages.Png(2, 1), "theirs.png", user: MediaTenant.OtherUploader);

        var seen = await tenant.RunAsync<MediaLibrary, MediaListPage>(l => l.ListAsync(new MediaListQuery(), MediaTenant.Uploader, default));
        var deleteTheirs = await Run(tenant, l => l.DeleteAsync([mine.Path, theirs.Path], MediaTenant.Uploader, default));
        var editMine = await Run(tenant, l => l.UpdateAsync(mine.Path, new MediaMetadataChange { Caption = "Mine" }, MediaTenant.Uploader, default));

        Assert.Equal([mine.Path], seen.Items.Select(a => a.Path));
        Assert.Equal(MediaChangeStatus.Forbidden, deleteTheirs.Status);
        Assert.Equal(2, await tenant.CountAssetsAsync());
        Assert.True(editMine.Succeeded);
    }

    [Fact]
    public async Task Delete_IsAllOrNothing_AndSharedBytesStayUntilTheLastFileGoes()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        var bytes = TestImages.Png();
        var first = await tenant.UploadAcceptedAsync(bytes, "one.png");
        var second = await tenant.UploadAcceptedAsync(bytes, "two.png");

        var withMissing = await Run(tenant, l => l.DeleteAsync([first.Path, "missing.png"], MediaTenant.Admin, default));
        Assert.Equal(MediaChangeStatus.NotFound, withMissing.Status);
        Assert.Equal(2, await tenant.CountAssetsAsync());

        Assert.True((await Run(tenant, l => l.DeleteAsync([first.Path], MediaTenant.Admin, default))).Succeeded);
        Assert.Single(tenant.StoredFiles());
        Assert.True((await Run(tenant, l => l.DeleteAsync([second.Path], MediaTenant.Admin, default))).Succeeded);
        Assert.Empty(tenant.StoredFiles());
        Assert.Equal(0, await tenant.CountAssetsAsync());
    }

    [Fact]
    public async Task Move_RefusesAClashInTheTarget_AndMovesNothing()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        var a = await tenant.UploadAcceptedAsync(TestImages.Png(1, 1), "a.png", "from");
        var b = await tenant.UploadAcceptedAsync(TestImages.Png(2, 1), "b.png", "from");
        await tenant.UploadAcceptedAsync(TestImages.Png(3, 1), "b.png", "to");

        var clash = await Run(tenant, l => l.MoveAsync([a.Path, b.Path], "to", MediaTenant.Admin, default));
        var fine = await Run(tenant, l => l.MoveAsync([a.Path], "to", MediaTenant.Admin, default));

        Assert.Equal(MediaChangeStatus.Invalid, clash.Status);
        Assert.True(fine.Succeeded);
        var paths = await tenant.RunAsync<IMediaAssets, IReadOnlyDictionary<string, MediaAsset>>(m => m.GetManyAsync(["to/a.png", "from/a.png", "from/b.png"]));
        Assert.Equal(["from/b.png", "to/a.png"], paths.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Update_RefusesBadValues_AndChangesNothing()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        var asset = await tenant.UploadAcceptedAsync(TestImages.Png(), "x.png");

        var badFocal = await Run(tenant, l => l.UpdateAsync(asset.Path, new MediaMetadataChange { FocalPoint = new FocalPoint(1.5, 0.2), Caption = "c" }, MediaTenant.Admin, default));
        var badCulture = await Run(tenant, l => l.UpdateAsync(asset.Path, new MediaMetadataChange { AltTexts = new Dictionary<string, string> { ["<script>"] = "x" } }, MediaTenant.Admin, default));
        var good = await Run(tenant, l => l.UpdateAsync(asset.Path, new MediaMetadataChange { FocalPoint = new FocalPoint(0.25, 0.75) }, MediaTenant.Admin, default));

        Assert.Equal((MediaChangeStatus.Invalid, MediaChangeStatus.Invalid), (badFocal.Status, badCulture.Status));
        Assert.True(good.Succeeded);
        var stored = await tenant.RunAsync<IMediaAssets, MediaAsset?>(m => m.GetAsync(asset.Path));
        Assert.Equal((new FocalPoint(0.25, 0.75), (string?)null), (stored!.FocalPoint!.Value, stored.Caption));
    }

    private static Task<MediaChangeResult> Run(TestTenant tenant, Func<MediaLibrary, Task<MediaChangeResult>> change) => tenant.RunAsync(change);

    private static Task<MediaListPage> List(TestTenant tenant, MediaListQuery query)
        => tenant.RunAsync<MediaLibrary, MediaListPage>(l => l.ListAsync(query, MediaTenant.Admin, default));
}

/// <summary>The library facts on SQLite.</summary>
public sealed class SqliteLibraryFacts : LibraryFacts
{
    protected override TestStore Store => TestStore.Sqlite;
}

/// <summary>The library facts on PostgreSQL (skipped without CMS_TEST_POSTGRES, failing when CMS_REQUIRE_POSTGRES=1).</summary>
public sealed class PostgreSqlLibraryFacts : LibraryFacts
{
    protected override TestStore Store => TestStore.PostgreSql;
}
