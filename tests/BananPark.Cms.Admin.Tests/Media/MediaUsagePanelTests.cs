using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Admin;
using BananPark.Cms.Media.Services;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Media;

public sealed class MediaUsagePanelTests : ComponentTest
{
    private static readonly MediaAsset Logo = new() { Path = "logos/blue-moon.png", Folder = "logos", FileName = "blue-moon.png", Length = 10, ContentHash = "ab", MimeType = "image/png", Width = 10, Height = 10 };

    [Fact]
    public void Render_WhenContentUsesTheFile_ListsTheItemsAndAsksToConfirmTheDelete()
    {
        var cut = Render<MediaUsagePanel>(p => p.Add(x => x.Asset, Logo).Add(x => x.Usages,
            [new MediaUsage(Logo.Path, "blue-moon-id", "Enterprise", "Blue Moon"), new MediaUsage(Logo.Path, "<x>", "Enterprise", "<svg onload=alert(1)>")]));

        var links = cut.FindAll(".media-usage li a");
        Assert.Equal(["Blue Moon", "<svg onload=alert(1)>"], links.Select(a => a.TextContent));
        Assert.Equal(["/admin/content/blue-moon-id/edit", "/admin/content/%3Cx%3E/edit"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("these 2 items", cut.Find(".alert-warning").TextContent, StringComparison.Ordinal);
        Assert.Equal("yes", cut.Find("input[type=checkbox][name=confirm]").GetAttribute("value"));
        Assert.NotNull(cut.Find($"form input[name={AntiforgeryField}]"));
        Assert.Empty(cut.FindAll("svg"));
    }
}
