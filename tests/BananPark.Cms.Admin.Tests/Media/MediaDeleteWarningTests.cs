using BananPark.Cms.Media.Admin;
using BananPark.Cms.Media.Services;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Media;

public sealed class MediaDeleteWarningTests : ComponentTest
{
    [Fact]
    public void Render_UsedFiles_NameTheItemsPerFileAndRepostTheSameFilesConfirmed()
    {
        var cut = Render<MediaDeleteWarning>(p => p
            .Add(x => x.Paths, ["logos/a.png", "park/b.jpg", "park/unused.jpg"])
            .Add(x => x.Usages, [new MediaUsage("logos/a.png", "a-id", "Enterprise", "Alpha"), new MediaUsage("park/b.jpg", "p-id", "Park", "The park"), new MediaUsage("park/b.jpg", "g-id", "Group", "Jieshi")])
            .Add(x => x.ReturnUrl, "/admin/media?folder=park"));

        Assert.Equal("These files are used by content", cut.Find("h2").TextContent);
        var files = cut.FindAll("li");
        Assert.Equal(["logos/a.png", "park/b.jpg"], files.Select(f => f.QuerySelector("code")!.TextContent));
        Assert.Equal(["The park", "Jieshi"], files[1].QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal(["logos/a.png", "park/b.jpg", "park/unused.jpg"], cut.FindAll("input[type=hidden][name=paths]").Select(i => i.GetAttribute("value")));
        Assert.Equal("yes", cut.Find("input[type=hidden][name=confirm]").GetAttribute("value"));
        Assert.Equal("delete", cut.Find("button[name=action]").GetAttribute("value"));
        Assert.Equal("/admin/media?folder=park", cut.Find("a.button").GetAttribute("href"));
    }
}
