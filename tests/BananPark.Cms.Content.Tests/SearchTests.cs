using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests;

public sealed class SearchTests : WorkflowTestBase
{
    private const string GroupId = "4grouppickedid0000000000zz";

    private ContentItem _huike = null!;
    private ContentItem _banan = null!;
    private ContentItem _news = null!;

    [Fact]
    public async Task Search_WhenAWordIsInTheDisplayText_FindsTheItemWhateverTheCase()
    {
        await SeedAsync();

        Assert.Equal([_huike.ContentItemId], await SearchAsync("huike"));
        Assert.Equal([_huike.ContentItemId], await SearchAsync("HUIKE"));
        Assert.Equal([_huike.ContentItemId], await SearchAsync("OptoElec"));
    }

    [Fact]
    public async Task Search_LooksInTextHtmlAndMarkdownValues()
    {
        await SeedAsync();

        Assert.Equal([_huike.ContentItemId], await SearchAsync("panels"));
        Assert.Equal([_huike.ContentItemId], await SearchAsync("jieshi"));
        Assert.Equal([_huike.ContentItemId], await SearchAsync("founded"));
        Assert.Equal([_huike.ContentItemId], await SearchAsync("display"));
        Assert.Equal([_huike.ContentItemId], await SearchAsync("homepage"));
        Assert.Equal([_news.ContentItemId], await SearchAsync("investors"));
    }

    [Fact]
    public async Task Search_WhenTheWordIsOnlyMarkup_FindsNothing()
    {
        await SeedAsync();

        Assert.Empty(await SearchAsync("strong"));
        Assert.Empty(await SearchAsync("<p>"));
    }

    [Fact]
    public async Task Search_WhenChineseTextIsPartOfALongerRun_FindsTheItem()
    {
        await SeedAsync();

        Assert.Equal([_banan.ContentItemId], await SearchAsync("巴南"));
        Assert.Equal([_banan.ContentItemId], await SearchAsync("光电"));
    }

    [Fact]
    public async Task Search_WhenSeveralWordsAreGiven_EveryWordMustMatch()
    {
        await SeedAsync();

        Assert.Equal([_huike.ContentItemId], await SearchAsync("lcd  Jieshi"));
        Assert.Empty(await SearchAsync("huike investors"));
    }

    [Fact]
    public async Task Search_IgnoresIdsPathsAndRoutes()
    {
        await SeedAsync();

        Assert.Empty(await SearchAsync(GroupId));
        Assert.Empty(await SearchAsync("logos/huike-logo.png"));
        Assert.Empty(await SearchAsync(_huike.ContentItemId));
        Assert.Empty(await SearchAsync("enterprises"));
        Assert.Empty(await SearchAsync(_banan.ContentItemId));
    }

    [Fact]
    public async Task Search_WhenTheWordHoldsSqlWildcards_MatchesThemLiterally()
    {
        await SeedAsync();

        Assert.Equal([_huike.ContentItemId], await SearchAsync("%"));
        Assert.Empty(await SearchAsync("_"));
        Assert.Empty(await SearchAsync("10_"));
        Assert.Empty(await SearchAsync("lcd%"));
    }

    [Fact]
    public async Task Search_WithContentTypes_KeepsOnlyThoseTypes()
    {
        await SeedAsync();

        var all = new ContentQuery { Version = VersionOptions.Latest, Search = "park" };
        Assert.Equal(2, (await QueryAsync(all)).Count);
        Assert.Equal([_news.ContentItemId], Ids(await QueryAsync(all with { ContentTypes = ["Article"] })));
        Assert.Equal([_huike.ContentItemId], Ids(await QueryAsync(all with { ContentTypes = ["Enterprise", "Park"] })));
        Assert.Empty(await QueryAsync(all with { ContentTypes = [] }));
    }

    [Fact]
    public async Task Search_WhenOnlyTheDraftHasTheWord_FindsItInLatestButNotInPublished()
    {
        await SeedAsync();
        await SaveAsync(WithSummary((await LatestAsync(_huike.ContentItemId))!, "secret roadmap"), publish: false);

        Assert.Equal([_huike.ContentItemId], await SearchAsync("roadmap"));
        Assert.Empty(Ids(await QueryAsync(new ContentQuery { Search = "roadmap" })));
        Assert.Equal([_huike.ContentItemId], Ids(await QueryAsync(new ContentQuery { Search = "panels" })));
        Assert.Empty(await SearchAsync("panels"));
    }

    [Fact]
    public async Task CountAsync_WithASearch_CountsTheSameItemsAsTheQuery()
    {
        await SeedAsync();

        var query = new ContentQuery { Version = VersionOptions.Latest, Search = "park", Take = 1 };

        Assert.Equal(2, await Manager(m => m.CountAsync(query)));
        Assert.Single(await QueryAsync(query));
    }

    private async Task SeedAsync()
    {
        _huike = await SaveAsync(Enterprise("Huike Optoelectronics", "Makes LCD panels, 100% local")
            .With(i => i.Apply(new HtmlBodyPart { Html = "<p>Located in <strong>Jieshi</strong> town near the park</p>" }))
            .With(i => i.SetField("Enterprise", "Website", new LinkField { Url = "https://huike.example.cn", Text = "Huike homepage" }))
            .With(i => i.SetField("Enterprise", "Group", new ContentPickerField { ContentItemIds = [GroupId] }))
            .With(i => i.SetField("Enterprise", "Logo", new MediaField { Paths = ["logos/huike-logo.png"], MediaTexts = ["Huike logo"] }))
            .With(i => i.SetField("Enterprise", "Sectors", new MultiTextField { Values = ["Display"] }))
            .With(i => i.SetField("Enterprise", "Notes", new MarkdownField { Markdown = "**Founded** in 2017" }))
            .Build(), publish: true);
        _banan = await SaveAsync(Enterprise("重庆巴南经济园区企业", "光电显示材料").Build(), publish: true);
        _news = await SaveAsync(new ContentItemBuilder("Article").WithTitle("Park news")
            .With(i => i.Apply(new AutoroutePart()))
            .With(i => i.Apply(new MarkdownBodyPart { Markdown = "## Investment\n\nThe park welcomes *investors*." }))
            .Build(), publish: true);
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string search)
        => Ids(await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Search = search }));

    private static IReadOnlyList<string> Ids(IEnumerable<ContentItem> items) => [.. items.Select(i => i.ContentItemId)];
}
