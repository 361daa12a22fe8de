using BananPark.Cms.Identity.Components.Admin;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class PagerTests : ComponentTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(25)]
    public void Render_WhenEverythingFitsOnOnePage_RendersNothing(int total)
    {
        var cut = Render<Pager>(p => p.Add(x => x.Total, total).Add(x => x.PageSize, 25));

        Assert.Empty(cut.FindAll("nav"));
        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void Render_WhenOnFirstOfSeveralPages_ShowsOnlyNext()
    {
        var cut = Render<Pager>(p => p.Add(x => x.Total, 60).Add(x => x.PageSize, 25).Add(x => x.Query, "q=ann"));

        cut.MarkupMatches("""
            <nav class="pager" aria-label="Pages">
              <span>Page 1 of 3</span>
              <a href="?q=ann&page=2" rel="next">Next</a>
            </nav>
            """);
    }

    [Fact]
    public void Render_WhenTheListHasNoOtherParameters_LinksWithThePageAlone()
    {
        var cut = Render<Pager>(p => p.Add(x => x.Total, 60).Add(x => x.PageSize, 25));

        Assert.Equal("?page=2", cut.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void Render_WhenOnMiddlePage_ShowsPreviousAndNext()
    {
        var cut = Render<Pager>(p => p.Add(x => x.Page, 2).Add(x => x.Total, 60).Add(x => x.PageSize, 25).Add(x => x.Query, "q=ann"));

        cut.MarkupMatches("""
            <nav class="pager" aria-label="Pages">
              <a href="?q=ann&page=1" rel="prev">Previous</a>
              <span>Page 2 of 3</span>
              <a href="?q=ann&page=3" rel="next">Next</a>
            </nav>
            """);
    }

    [Fact]
    public void Render_WhenOnLastPage_ShowsOnlyPrevious()
    {
        var cut = Render<Pager>(p => p.Add(x => x.Page, 3).Add(x => x.Total, 60).Add(x => x.PageSize, 25));

        Assert.Equal("Previous", cut.Find("a[rel=prev]").TextContent);
        Assert.Empty(cut.FindAll("a[rel=next]"));
        Assert.Equal("Page 3 of 3", cut.Find("span").TextContent);
    }

    [Theory]
    [InlineData(99, "Page 3 of 3")]
    [InlineData(0, "Page 1 of 3")]
    [InlineData(-4, "Page 1 of 3")]
    public void Render_WhenPageIsOutOfRange_ClampsIt(int page, string expected)
    {
        var cut = Render<Pager>(p => p.Add(x => x.Page, page).Add(x => x.Total, 51).Add(x => x.PageSize, 25));

        Assert.Equal(expected, cut.Find("nav.pager span").TextContent);
    }
}
