using BananPark.Cms.Admin.Components.Pages;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class DashboardTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public void Render_WhenBananRecipeIsImported_ShowsPublishedCountPerContentType()
    {
        var cut = RenderAs<Dashboard>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("#types-heading + table tbody tr").Count));
        Assert.Equal(
            [("Park", "1", "0"), ("Group", "4", "0"), ("Cluster", "6", "0"), ("Enterprise", "19", "0")],
            cut.FindAll("#types-heading + table tbody tr").Select(row =>
                (row.QuerySelector("th[scope=row]")!.TextContent, row.Children[1].TextContent, row.Children[2].TextContent)));
    }

    [Fact]
    public void Render_WhenShown_LinksEachTypeToItsListAndEachChangeToItsEditor()
    {
        var cut = RenderAs<Dashboard>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("#types-heading + table tbody tr").Count));
        Assert.Equal(
            ["/admin/content?type=Park", "/admin/content?type=Group", "/admin/content?type=Cluster", "/admin/content?type=Enterprise"],
            cut.FindAll("#types-heading + table tbody th a").Select(a => a.GetAttribute("href")));
        Assert.All(cut.FindAll("[aria-labelledby=recent-heading] li a.item-title"),
            link => Assert.Matches("^/admin/content/[a-z0-9]{26}/edit$", link.GetAttribute("href")));
        Assert.Equal(10, cut.FindAll("[aria-labelledby=recent-heading] li a.item-title").Count);
    }

    [Fact]
    public void Render_WhenShown_ListsTheTenMostRecentChanges()
    {
        var cut = RenderAs<Dashboard>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[aria-labelledby=recent-heading] li").Count));
        Assert.All(cut.FindAll("[aria-labelledby=recent-heading] li .muted"), meta => Assert.EndsWith("· published", meta.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_WhenUserOwnsADraft_ListsItAndCountsItAsADraft()
    {
        var author = await CreateUserAsync("writer", SystemRoles.Author);
        await Tenant.ImportAsync(new RecipeBuilder().Content(
            new ContentItemBuilder("Enterprise").WithTitle("Banan Draft Works").Draft().With(i =>
            {
                i.Owner = author.Id;
                i.ModifiedUtc = new DateTime(2030, 1, 2, 3, 4, 0, DateTimeKind.Utc);
            }).Build()).Build());

        var cut = RenderAs<Dashboard>(SignedIn(author, SystemRoles.Author));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[aria-labelledby=drafts-heading] li")));
        var draft = cut.Find("[aria-labelledby=drafts-heading] li");
        Assert.Equal("Banan Draft Works", draft.QuerySelector(".item-title")?.TextContent);
        Assert.Equal("Enterprise · 2030-01-02 03:04 UTC", draft.QuerySelector(".muted")?.TextContent);
        var enterprise = cut.FindAll("#types-heading + table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Enterprise");
        Assert.Equal(["19", "1"], enterprise.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("Banan Draft Works", cut.Find("[aria-labelledby=recent-heading] li .item-title").TextContent);
    }

    [Fact]
    public async Task Render_WhenUserHasNoDrafts_SaysSo()
    {
        await Tenant.ImportAsync(new RecipeBuilder().Content(
            new ContentItemBuilder("Enterprise").WithTitle("Someone Else's Draft").Draft().With(i => i.Owner = "someone-else").Build()).Build());

        var cut = RenderAs<Dashboard>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[aria-labelledby=recent-heading] li").Count));
        Assert.Equal("You have no drafts.", cut.Find("[aria-labelledby=drafts-heading] p.muted").TextContent);
        Assert.Empty(cut.FindAll("[aria-labelledby=drafts-heading] li"));
    }
}
