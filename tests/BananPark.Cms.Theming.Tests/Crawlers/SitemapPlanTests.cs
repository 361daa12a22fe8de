using System.Text.Json.Nodes;
using BananPark.Cms.Testing;
using BananPark.Cms.Theming.Crawlers;

namespace BananPark.Cms.Theming.Tests.Crawlers;

public sealed class SitemapPlanTests
{
    [Fact]
    public void Types_WhenATypeHasNoRouteAndNoListPage_LeavesItOut()
    {
        var definition = new DefinitionBuilder("Enterprise").Part("TitlePart").Part("AutoroutePart")
            .OtherType("Notice").Build();
        definition.Types.Add(new() { Name = "Cluster", Settings = new JsonObject { ["ListingSettings"] = new JsonObject { ["Path"] = "/clusters/" } } });

        var types = SitemapPlan.Types(definition);

        Assert.Equal(["Cluster", "Enterprise"], types.Select(t => t.Type.Name));
        Assert.Equal("/clusters", types[0].ListUrl);
        Assert.Null(types[1].ListUrl);
    }

    [Theory]
    [InlineData(0, false, 0)]
    [InlineData(0, true, 1)]
    [InlineData(50_000, false, 1)]
    [InlineData(49_999, true, 1)]
    [InlineData(50_000, true, 2)]
    [InlineData(100_001, false, 3)]
    public void PageCount_SplitsAtFiftyThousandUrls(int items, bool hasList, int expected)
        => Assert.Equal(expected, SitemapPlan.PageCount(items, hasList));

    [Fact]
    public void Slice_WhenTheTypeHasAListPage_PutsItFirstAndShiftsTheItemsByOne()
    {
        Assert.Equal((true, 0, 2), SitemapPlan.Slice(1, hasList: true, items: 7, pageSize: 3));
        Assert.Equal((false, 2, 3), SitemapPlan.Slice(2, hasList: true, items: 7, pageSize: 3));
        Assert.Equal((false, 5, 2), SitemapPlan.Slice(3, hasList: true, items: 7, pageSize: 3));
        Assert.Equal((false, 3, 3), SitemapPlan.Slice(2, hasList: false, items: 7, pageSize: 3));
    }

    [Fact]
    public void Slice_NeverHoldsMoreThanTheLimit()
    {
        for (var page = 1; page <= SitemapPlan.PageCount(120_000, true); page++)
        {
            var (list, _, take) = SitemapPlan.Slice(page, hasList: true, items: 120_000);
            Assert.InRange(take + (list ? 1 : 0), 1, SitemapPlan.MaxUrls);
        }
    }

    [Theory]
    [InlineData("Enterprise-1.xml", "Enterprise", 1)]
    [InlineData("Blog_Post-12.xml", "Blog_Post", 12)]
    public void TryParse_ReadsTheTypeAndPage(string file, string type, int page)
    {
        Assert.True(SitemapPlan.TryParse(file, out var parsedType, out var parsedPage));
        Assert.Equal((type, page), (parsedType, parsedPage));
    }

    [Theory]
    [InlineData("..%2f.xml")]
    [InlineData("../Enterprise-1.xml")]
    [InlineData("Enterprise-0.xml")]
    [InlineData("Enterprise-01.xml")]
    [InlineData("Enterprise-9999999.xml")]
    [InlineData("Enterprise-99999999999999999999.xml")]
    [InlineData("Enterprise-1.xml\0")]
    [InlineData("Enter prise-1.xml")]
    [InlineData("Enterprise.xml")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_WhenTheNameIsNotASitemapFile_Refuses(string? file)
        => Assert.False(SitemapPlan.TryParse(file, out _, out _));
}
