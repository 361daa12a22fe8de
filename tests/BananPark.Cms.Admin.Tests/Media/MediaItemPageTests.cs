using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Admin;
using BananPark.Cms.Media.Services;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Media;

public sealed class MediaItemPageTests : MediaComponentTest
{
    [Fact]
    public async Task Render_APicture_ShowsItsPreviewFactsAltTextsPerCultureAndFocalPoint()
    {
        var asset = await UploadAsync("river.png", "park", width: 2000, height: 1000);
        await UpdateAsync(asset.Path, new MediaMetadataChange
        {
            AltTexts = new Dictionary<string, string> { [""] = "The river", ["zh-CN"] = "江边" },
            Caption = "Morning",
            FocalPoint = new FocalPoint(0.25, 0.75),
        });

        var cut = RenderAs<MediaItemPage>(Administrator, p => p.Add(page => page.Path, asset.Path));

        Assert.Equal("river.png", cut.Find("h1").TextContent);
        var preview = cut.Find(".media-focal img");
        Assert.Equal(Urls.Resized(asset, MediaPreview.Preview), preview.GetAttribute("src"));
        Assert.Equal(("1024", "512"), (preview.GetAttribute("width"), preview.GetAttribute("height")));
        Assert.Equal(("0.25", "0.75"), (cut.Find("[data-media-focal]").GetAttribute("data-x"), cut.Find("[data-media-focal]").GetAttribute("data-y")));
        Assert.Equal(("The river", null, "江边"), (Value(cut, "#alt"), Value(cut, "#alt-en"), Value(cut, "#alt-zh-CN")));
        Assert.Equal("zh-CN", cut.Find("#alt-zh-CN").GetAttribute("lang"));
        Assert.Equal(("Morning", "0.25", "0.75"), (Value(cut, "#caption"), Value(cut, "#focal-x"), Value(cut, "#focal-y")));
        Assert.Equal("Chinese (zh-CN)", cut.Find("label[for='alt-zh-CN']").TextContent);
        Assert.Contains("2000 × 1000 pixels", cut.Find(".media-facts").TextContent, StringComparison.Ordinal);
        Assert.Equal(Urls.Original(asset.Path), cut.Find(".media-facts a").GetAttribute("href"));
        Assert.Equal("No content uses this file.", cut.Find(".media-usage .muted").TextContent);
        Assert.Empty(cut.FindAll(".media-usage input[name=confirm]"));
        Assert.Equal(["Library", "park"], cut.FindAll(".media-breadcrumbs li").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void Render_AnUnknownPath_SaysTheFileIsNotFound()
    {
        var cut = RenderAs<MediaItemPage>(Administrator, p => p.Add(page => page.Path, "park/../../appsettings.json"));

        Assert.Equal("File not found", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("form"));
    }

    private static string? Value(IRenderedComponent<MediaItemPage> cut, string selector) => cut.Find(selector).GetAttribute("value");
}
