using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Search.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Search.Tests;

/// <summary>What the index finds, ranks and shows, on every provider.</summary>
public abstract class SearchFacts
{
    protected abstract TestStore Store { get; }

    [Fact]
    public async Task BananRecipe_LeavesTheIndexFilled_SuzukiFindsChangAnSuzuki()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe, TestContext.Current.CancellationToken));

        var results = await tenant.SearchAsync("suzuki");
        var upper = await tenant.SearchAsync("SUZUKI");

        var hit = Assert.Single(results.Hits);
        Assert.Equal(("Chang'an Suzuki", "/enterprises/chang-an-suzuki", "Enterprise"), (hit.Title, hit.Route, hit.ContentType));
        Assert.Equal(1, results.Total);
        Assert.Equal(["/enterprises/chang-an-suzuki"], upper.Hits.Select(h => h.Route));
    }

    [Fact]
    public async Task ChinesePage_IsFoundByTwoCharacters_AndByLongerSubstrings()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.SaveAsync(SearchTenant.Page("长安铃木", "zh/changan-suzuki", "<p>长安铃木是园区的汽车企业。</p>"));
        await tenant.SaveAsync(SearchTenant.Page("园区简介", "zh/park", "<p>园区位于重庆。</p>"));

        Assert.Equal(["/zh/changan-suzuki"], await tenant.RoutesAsync("铃木"));
        Assert.Equal(["/zh/changan-suzuki"], await tenant.RoutesAsync("长安铃木"));
        Assert.Equal(["/zh/changan-suzuki"], await tenant.RoutesAsync("汽车企业"));
        Assert.Equal(["/zh/changan-suzuki", "/zh/park"], (await tenant.RoutesAsync("园区")).Order(StringComparer.Ordinal));
        Assert.Empty(await tenant.RoutesAsync("木铃"));
    }

    [Fact]
    public async Task Drafts_AreNotFound_PublishUnpublishRepublishAndDeleteKeepTheIndexInStep()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        var draft = await tenant.SaveAsync(SearchTenant.Page("Lotus pond", "lotus", "<p>Blue water lilies.</p>"), publish: false);
        var afterDraft = await tenant.RoutesAsync("lilies");

        await tenant.RunAsync<IContentManager, bool>(m => m.PublishAsync(draft.ContentItemId));
        var afterPublish = await tenant.RoutesAsync("lilies");

        var changed = SearchTenant.Page("Lotus pond", "lotus", "<p>Red koi carp.</p>");
        changed.ContentItemId = draft.ContentItemId;
        await tenant.SaveAsync(changed, publish: false);
        var afterNewDraft = new[] { await tenant.RoutesAsync("lilies"), await tenant.RoutesAsync("carp") };
        await tenant.RunAsync<IContentManager, bool>(m => m.PublishAsync(draft.ContentItemId));
        var afterRepublish = new[] { await tenant.RoutesAsync("lilies"), await tenant.RoutesAsync("carp") };

        await tenant.RunAsync<IContentManager, bool>(m => m.UnpublishAsync(draft.ContentItemId));
        var afterUnpublish = await tenant.RoutesAsync("carp");
        await tenant.RunAsync<IContentManager, bool>(m => m.PublishAsync(draft.ContentItemId));
        await tenant.RunAsync<IContentManager, bool>(m => m.DeleteAsync(draft.ContentItemId));
        var afterDelete = await tenant.RoutesAsync("carp");

        Assert.Empty(afterDraft);
        Assert.Equal(["/lotus"], afterPublish);
        Assert.Equal([["/lotus"], []], afterNewDraft);
        Assert.Equal([[], ["/lotus"]], afterRepublish);
        Assert.Empty(afterUnpublish);
        Assert.Empty(afterDelete);
    }

    [Fact]
    public async Task IndexedText_IsHtmlAsTextMarkdownAndTextFields_NotMarkupOrScripts()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.SaveAsync(SearchTenant.Page("Visiting", "visiting",
            "<p>Opening <strong>hours</strong> &amp; tickets</p><script>var secretword = 1;</script><a href=\"/maps\" class=\"hidden-attribute\">map</a>",
            markdown: "## Parking\n\nThe **carpark** is free.", summary: "Buses stop at the gate"));

        Assert.Equal(["/visiting"], await tenant.RoutesAsync("hours tickets"));
        Assert.Equal(["/visiting"], await tenant.RoutesAsync("carpark"));
        Assert.Equal(["/visiting"], await tenant.RoutesAsync("buses"));
        Assert.Empty(await tenant.RoutesAsync("secretword"));
        Assert.Empty(await tenant.RoutesAsync("strong"));
        Assert.Empty(await tenant.RoutesAsync("hidden-attribute"));
    }

    [Fact]
    public async Task Ranking_PutsTitleMatchesFirst()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.SaveAsync(SearchTenant.Page("Aardvark news", "news", "<p>Tea, tea and more tea: a tea-garden report with tea.</p>"));
        await tenant.SaveAsync(SearchTenant.Page("Tea garden", "tea", "<p>Opening soon.</p>"));
        await tenant.SaveAsync(SearchTenant.Page("Zebra crossing", "zebra", "<p>Near the tea house.</p>"));

        var routes = await tenant.RoutesAsync("tea");

        Assert.Equal("/tea", routes[0]);
        Assert.Equal(["/news", "/tea", "/zebra"], routes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Snippets_AreHtmlEncoded_WithOnlyTheMatchesMarked()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.SaveAsync(SearchTenant.Page("Notice", "notice", "<p>Write &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; then ask about the shuttle bus.</p>"));

        var hit = Assert.Single((await tenant.SearchAsync("shuttle")).Hits);
        var scriptHit = Assert.Single((await tenant.SearchAsync("script")).Hits);

        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; then ask about the <mark>shuttle</mark> bus.", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;<mark>script</mark>&gt;", scriptHit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal(0, hit.SnippetHtml.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Count(c => c is '<' or '>'));
    }

    [Theory]
    [MemberData(nameof(HostileQueries), DisableDiscoveryEnumeration = true)]
    public async Task HostileQuery_GivesResultsOrNothing_NeverAnError(string query)
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.SaveAsync(SearchTenant.Page("Chang'an Suzuki", "suzuki", "<p>Cars \"near\" the OR gate, 100% made_here.</p>"));

        var results = await tenant.SearchAsync(query);

        Assert.True(results.Total >= results.Hits.Count);
        Assert.All(results.Hits, h => Assert.Equal("/suzuki", h.Route));
    }

    public static TheoryData<string> HostileQueries() =>
    [
        new string('x', 10_000),
        string.Concat(Enumerable.Repeat("suzuki ", 1_500)),
        "\"", "\"suzuki", "suzuki\"", "*", "suz*", "NEAR", "NEAR(suzuki cars)", "suzuki OR", "OR", "AND NOT", "-suzuki", "^suzuki", "{Title}: suzuki", "Title:suzuki",
        "%", "_", "100%", "made_here", "\\", "'", "\0", "suzuki\0cars", "\ud800", "suz\udc00uki", "(", ")", ":", "&", "|", "!", "<mark>",
    ];

    [Fact]
    public async Task LiteralSyntax_IsSearchedAsText()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.SaveAsync(SearchTenant.Page("Offers", "offers", "<p>Save 100% on made_here goods.</p>"));
        await tenant.SaveAsync(SearchTenant.Page("Other", "other", "<p>Save 100 on made here goods.</p>"));

        Assert.Equal(["/offers"], await tenant.RoutesAsync("100%"));
        Assert.Equal(["/offers"], await tenant.RoutesAsync("made_here"));
        Assert.Equal(["/offers"], await tenant.RoutesAsync("%"));
        Assert.Equal(["/offers"], await tenant.RoutesAsync("_"));
        Assert.Empty(await tenant.RoutesAsync("50%"));
        Assert.Equal(["/offers"], await tenant.RoutesAsync("OFFERS"));
        Assert.Empty(await tenant.RoutesAsync("suzuki OR offers"));
    }

    [Fact]
    public async Task Paging_SplitsTheHits_AndAPagePastTheEndIsEmpty()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        for (var i = 0; i < 5; i++)
        {
            await tenant.SaveAsync(SearchTenant.Page($"Garden {i}", $"garden-{i}", "<p>Flowers.</p>"));
        }

        var first = await tenant.SearchAsync("garden", page: 1, pageSize: 2);
        var third = await tenant.SearchAsync("garden", page: 3, pageSize: 2);
        var past = await tenant.SearchAsync("garden", page: 99, pageSize: 2);
        var huge = await tenant.SearchAsync("garden", page: int.MaxValue, pageSize: 2);

        Assert.Equal((2, 5, 3), (first.Hits.Count, first.Total, first.PageCount));
        Assert.Single(third.Hits);
        Assert.Equal((0, 5), (past.Hits.Count, past.Total));
        Assert.Empty(huge.Hits);
        var all = (await tenant.SearchAsync("garden", pageSize: 50)).Hits.Select(h => h.Route).ToList();
        Assert.Equal(5, all.Distinct().Count());
    }

    [Fact]
    public async Task Rebuild_RefillsTheIndexFromPublishedItems_AndReportsProgress()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);
        await tenant.SaveAsync(SearchTenant.Page("Lake view", "lake", "<p>Boats.</p>"));
        await tenant.SaveAsync(SearchTenant.Page("Lake draft", "lake-draft", "<p>Boats.</p>"), publish: false);
        await tenant.RunAsync<ISearchIndex>(i => i.ClearAsync());
        var cleared = await tenant.RoutesAsync("boats");
        var reports = new List<SearchRebuildProgress>();

        var indexed = await tenant.RunAsync<SearchRebuild, int>(r => r.RebuildAsync(new SyncProgress(reports.Add)));

        Assert.Empty(cleared);
        Assert.Equal(1, indexed);
        Assert.Equal(["/lake"], await tenant.RoutesAsync("boats"));
        Assert.Equal(new SearchRebuildProgress(0, 1), reports[0]);
        Assert.Equal(new SearchRebuildProgress(1, 1), reports[^1]);
    }

    private sealed class SyncProgress(Action<SearchRebuildProgress> report) : IProgress<SearchRebuildProgress>
    {
        public void Report(SearchRebuildProgress value) => report(value);
    }
}

/// <summary>The search facts on SQLite (FTS5, trigram tokenizer).</summary>
public sealed class SqliteSearchFacts : SearchFacts
{
    protected override TestStore Store => TestStore.Sqlite;
}

/// <summary>The search facts on PostgreSQL (skipped without CMS_TEST_POSTGRES, failing when CMS_REQUIRE_POSTGRES=1).</summary>
public sealed class PostgreSqlSearchFacts : SearchFacts
{
    protected override TestStore Store => TestStore.PostgreSql;
}
