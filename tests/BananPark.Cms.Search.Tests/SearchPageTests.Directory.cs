using System.Net;
using System.Text.RegularExpressions;

namespace BananPark.Cms.Search.Tests;

/// <summary>The enterprise directory's facets and search on the assembled site: links that work without script, shareable URLs, hostile requests.</summary>
public sealed partial class SearchPageTests
{
    [Fact]
    public async Task Directory_FacetLinks_RoundTrip_SelectedValueIsCurrentAndItsLinkRemovesIt()
    {
        using var client = site.CreateClient();
        var all = await client.GetStringAsync(new Uri("/enterprises", UriKind.Relative), TestContext.Current.CancellationToken);
        var link = ClusterLink().Match(all);
        Assert.True(link.Success, "The directory links each cluster as a facet value.");
        Assert.Contains("<nav class=\"facets\" aria-label=\"Filter the directory\">", all, StringComparison.Ordinal);

        var cluster = link.Groups["id"].Value;
        var filtered = await client.GetStringAsync(new Uri("/enterprises?cluster=" + cluster, UriKind.Relative), TestContext.Current.CancellationToken);
        var count = int.Parse(link.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rows = Regex.Count(filtered, "<tr><th scope=\"row\">");

        Assert.Equal(count, rows);
        Assert.Matches("<a href=\"/enterprises\" aria-current=\"true\">[^<]+ <span class=\"count\">\\(" + count + "\\)</span>", filtered);
        Assert.Contains("<input type=\"hidden\" name=\"cluster\" value=\"" + cluster + "\">", filtered, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/enterprises\">Clear all filters</a>", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_FacetAndText_AreCombined_AndTheLinksKeepTheText()
    {
        using var client = site.CreateClient();
        var all = await client.GetStringAsync(new Uri("/enterprises?q=suzuki", UriKind.Relative), TestContext.Current.CancellationToken);
        var cluster = ClusterLink().Match(all);
        Assert.True(cluster.Success);

        var both = await client.GetStringAsync(new Uri(cluster.Groups["href"].Value.Replace("&amp;", "&", StringComparison.Ordinal), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/enterprises/chang-an-suzuki\"", all, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(all, "<tr><th scope=\"row\">"));
        Assert.Contains("q=suzuki", cluster.Groups["href"].Value, StringComparison.Ordinal);
        Assert.Equal("1", cluster.Groups["count"].Value);
        Assert.Contains("href=\"/enterprises/chang-an-suzuki\"", both, StringComparison.Ordinal);
        Assert.Contains("value=\"suzuki\"", both, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?cluster=nosuchcluster")]
    [InlineData("?nosuchfacet=x&q=suzuki")]
    [InlineData("?group=%00")]
    [InlineData("?cluster=%25&cluster=_&cluster=%22")]
    [InlineData("?q=%22suzuki")]
    [InlineData("?q=suz*")]
    [InlineData("?q=NEAR(suzuki)")]
    [InlineData("?q=suzuki%20OR%20x")]
    [InlineData("?q=%25&q=_")]
    [InlineData("?q=%00")]
    [InlineData("?q=%ED%A0%80")]
    [InlineData("?q=suzuki&page=abc")]
    public async Task Directory_HostileRequest_AnswersAPage_NeverAServerError(string query)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/enterprises" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Enterprise directory", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_LongTextAndPagePastTheEnd_AnswerAPageAndA404()
    {
        using var client = site.CreateClient();

        using var longText = await client.GetAsync(new Uri("/enterprises?q=" + new string('长', 10_000) + "&cluster=" + new string('x', 10_000), UriKind.Relative), TestContext.Current.CancellationToken);
        using var pastTheEnd = await client.GetAsync(new Uri("/enterprises?q=suzuki&page=2", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, longText.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pastTheEnd.StatusCode);
    }

    [GeneratedRegex("<a href=\"(?<href>/enterprises\\?(?:q=suzuki&amp;)?cluster=(?<id>[0-9a-z]+)(?:&amp;q=suzuki)?)\">[^<]+ <span class=\"count\">\\((?<count>[0-9]+)\\)</span>")]
    private static partial Regex ClusterLink();
}
