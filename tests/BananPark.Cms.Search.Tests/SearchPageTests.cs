using System.Net;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BananPark.Cms.Search.Tests;

/// <summary>The assembled site (production mode, its own data folder, set up from the Banan recipe), shared by the page's tests.</summary>
public sealed class SearchSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "banan-search-tests", Guid.NewGuid().ToString("N"));

    public ValueTask InitializeAsync()
    {
        CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.Root);
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:AdminPassword", "correct horse battery staple");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<ReadyTenants>().WhenSetUp.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}

/// <summary><c>/search</c> and the directory's facets (SearchPageTests.Directory.cs) on the assembled site: the investor's search, encoded output, and hostile requests.</summary>
public sealed partial class SearchPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task Search_Suzuki_FindsChangAnSuzukiOnTheSitesPage()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/search?q=suzuki", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Matches("<h2><a href=\"/enterprises/chang-an-suzuki\">Chang(&#39;|')an Suzuki</a></h2>", html);
        Assert.Contains("1–1 of 1 result", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"search-page-q\" type=\"search\" name=\"q\" value=\"suzuki\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedChinesePage_IsFoundByTwoCharacters_WithTheMatchMarkedAndTheTextEncoded()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var item = new ContentItemBuilder("Enterprise").WithTitle("长安铃木（中文）").WithRoute("enterprises/changan-suzuki-zh").Build();
            item.Apply(new HtmlBodyPart { Html = "<p>长安铃木 builds &lt;cars&gt; &amp; vans in the park.</p>" });
            await scope.ServiceProvider.GetRequiredService<IContentManager>().SaveAsync(item, publish: true, TestContext.Current.CancellationToken);
        }

        using var client = site.CreateClient();
        var html = await client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString("铃木"), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<h2><a href=\"/enterprises/changan-suzuki-zh\">长安铃木（中文）</a></h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>长安<mark>铃木</mark> builds &lt;cars&gt; &amp; vans in the park.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_HasASearchBoxInTheHeader_ThatWorksWithoutScript()
    {
        using var client = site.CreateClient();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<form class=\"header-search\" action=\"/search\" method=\"get\" role=\"search\">", home, StringComparison.Ordinal);
        Assert.Contains("name=\"q\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_IsEncodedWhereverThePageShowsIt()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> \"><img src=x>"), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%22")]
    [InlineData("?q=*")]
    [InlineData("?q=NEAR(suzuki)")]
    [InlineData("?q=suzuki%20OR%20x")]
    [InlineData("?q=%25")]
    [InlineData("?q=_")]
    [InlineData("?q=%00")]
    [InlineData("?q=suzuki%00")]
    [InlineData("?q=%ED%A0%80")]
    [InlineData("?q=%FF%FE")]
    [InlineData("?q=suzuki&page=999")]
    [InlineData("?q=suzuki&page=2147483647")]
    [InlineData("?q=suzuki&page=-1")]
    [InlineData("?q=suzuki&page=abc")]
    [InlineData("?q=a&q=b")]
    [InlineData("?q=%E9%93%83%E6%9C%A8")]
    public async Task HostileRequest_AnswersAPage_NeverAServerError(string query)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/search" + query, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Search", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongQuery_OfTenThousandCharacters_AnswersAPage()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/search?q=" + new string('长', 10_000), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing matches", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagePastTheEnd_IsAnEmptyPage_LinkingTheFirst()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/search?q=suzuki&page=5", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Nothing matches “suzuki” on this page", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=suzuki\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chang-an-suzuki", html, StringComparison.Ordinal);
    }
}
