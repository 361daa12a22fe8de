using BananPark.Cms.Media.Admin;
using BananPark.Cms.Media.Services;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Media;

public sealed class MediaLibraryPageTests : MediaComponentTest
{
    [Fact]
    public async Task Render_Root_ShowsItsFilesAsThumbnailsItsFoldersAndTheForms()
    {
        var river = await UploadAsync("river.png", width: 640, height: 480);
        await UploadAsync("gate.png", shade: 200);
        await UploadAsync("hall.png", "park/buildings", shade: 120);

        var cut = RenderAs<MediaLibraryPage>(Administrator);

        var cards = cut.FindAll(".media-card");
        Assert.Equal(["gate.png", "river.png"], cards.Select(c => c.QuerySelector(".media-card-name")!.TextContent));
        var thumbnail = cards[1].QuerySelector("img")!;
        Assert.Equal(Urls.Resized(river, MediaGrid.Thumbnail), thumbnail.GetAttribute("src"));
        Assert.Equal(("240", "180", "lazy"), (thumbnail.GetAttribute("width"), thumbnail.GetAttribute("height"), thumbnail.GetAttribute("loading")));
        Assert.Equal(MediaAdminUrls.Item(river.Path), cards[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal([river.Path], cut.FindAll("input[name=paths]").Skip(1).Select(i => i.GetAttribute("value")));
        Assert.Equal("park (1 file)", cut.Find(".media-folder-list li").TextContent.Trim());
        Assert.Equal("/admin/media?folder=park", cut.Find(".media-folder-list a").GetAttribute("href"));
        Assert.Contains("2 files", cut.Find(".media-bulk [role=status]").TextContent, StringComparison.Ordinal);
        Assert.Equal("multipart/form-data", cut.Find(".media-upload form").GetAttribute("enctype"));
        Assert.All(cut.FindAll("form[method=post]"), form => Assert.NotNull(form.QuerySelector($"input[name={AntiforgeryField}]")));
        Assert.Equal(["move", "delete"], cut.FindAll(".media-bulk-actions button").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public async Task Render_WithASearch_FindsByAlternativeTextUnderTheFolder()
    {
        var hall = await UploadAsync("hall.png", "park");
        await UploadAsync("gate.png", "park", shade: 220);
        Assert.True((await UpdateAsync(hall.Path, new MediaMetadataChange { AltTexts = new Dictionary<string, string> { ["zh-CN"] = "展览馆" } })).Succeeded);
        NavigateTo("/admin/media?folder=park&q=展览");

        var cut = RenderAs<MediaLibraryPage>(Administrator);

        Assert.Equal(["hall.png"], cut.FindAll(".media-card-name").Select(n => n.TextContent));
        Assert.Contains("match “展览”", cut.Find(".media-bulk [role=status]").TextContent, StringComparison.Ordinal);
        Assert.Equal("park", cut.Find("input[type=hidden][name=folder]").GetAttribute("value"));
        Assert.Equal(["Library", "park"], cut.FindAll(".media-breadcrumbs li").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void Render_EmptyFolder_SaysSoWithoutBulkActions()
    {
        NavigateTo("/admin/media?folder=nothing-here");

        var cut = RenderAs<MediaLibraryPage>(Administrator);

        Assert.Equal("No files here.", cut.Find(".media-grid-empty").TextContent);
        Assert.Empty(cut.FindAll(".media-bulk-actions"));
    }

    [Fact]
    public async Task Render_HostileFileNameAndSearch_AreEncoded()
    {
        await UploadAsync("<svg onload=alert(1)>.png");
        NavigateTo("/admin/media?q=" + Uri.EscapeDataString("\"><svg onload=alert(2)>"));

        var cut = RenderAs<MediaLibraryPage>(Administrator);

        Assert.Empty(cut.FindAll("svg"));
        Assert.Empty(cut.FindAll("[onload]"));
    }
}
