using BananPark.Cms.Media.Admin;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Media;

public sealed class MediaPagerTests : ComponentTest
{
    [Fact]
    public void Render_AMiddlePage_LinksBothNeighboursKeepingFolderAndSearch()
    {
        var cut = Render<MediaPager>(p => p.Add(x => x.Page, 2).Add(x => x.Total, 130).Add(x => x.PageSize, 48).Add(x => x.Folder, "park/公园").Add(x => x.Search, "gate & hall"));

        Assert.Equal("/admin/media?folder=park%2F%E5%85%AC%E5%9B%AD&q=gate%20%26%20hall", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/admin/media?folder=park%2F%E5%85%AC%E5%9B%AD&q=gate%20%26%20hall&page=3", cut.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("Page 2 of 3", cut.Find("span").TextContent);
    }

    [Fact]
    public void Render_OnePageOrAPagePastTheEnd_ShowsNothingOrTheLast()
    {
        Assert.Empty(Render<MediaPager>(p => p.Add(x => x.Page, 1).Add(x => x.Total, 48).Add(x => x.PageSize, 48)).Markup.Trim());
        Assert.Equal("Page 2 of 2", Render<MediaPager>(p => p.Add(x => x.Page, 9).Add(x => x.Total, 49).Add(x => x.PageSize, 48)).Find("span").TextContent);
    }
}
