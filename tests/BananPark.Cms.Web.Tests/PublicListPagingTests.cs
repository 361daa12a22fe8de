using System.Net;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// With more enterprises than a page holds, the directory and each cluster page, and the home page only
/// shows each cluster's representatives, not every enterprise an editor adds.
/// </summary>
public sealed class PublicListPagingTests : IAsyncLifetime
{
    private const int Generated = 320;
    private readonly CmsSiteFactory _site = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _site.CreateClient();
        await using var scope = _site.Services.CreateAsyncScope();
        var recipe = RecipeReader.Read(GeneratedEnterprises.Recipe(Generated), "generated.recipe.json");
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, TestTenant.TestParameters, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
        _site.DeleteData();
    }

    [Fact]
    public async Task Directory_PagesItsEnterprisesFiftyAtATime_WithLinksToTheNeighbours()
    {
        var first = await HtmlAsync("/enterprises");
        var second = await HtmlAsync("/enterprises?page=2");
        var last = await HtmlAsync("/enterprises?page=7");

        Assert.Contains("<link rel=\"next\" href=\"/enterprises?page=2\">", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"prev\" href=\"/enterprises\">", second, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"next\" href=\"/enterprises?page=3\">", second, StringComparison.Ordinal);
        Assert.Contains($"{Generated + 19} enterprises and projects", first, StringComparison.Ordinal);
        Assert.Contains("301–339 of 339", last, StringComparison.Ordinal);
        Assert.Contains("(page 2)", second, StringComparison.Ordinal);
        Assert.Equal(50, Count(second, "<tr><th scope=\"row\">"));
    }

    [Fact]
    public async Task ClusterPage_PagesItsEnterprisesTwentyFourAtATime()
    {
        var first = await HtmlAsync("/clusters/new-display-industry-cluster");
        var second = await HtmlAsync("/clusters/new-display-industry-cluster?page=2");

        Assert.Equal(24, Count(first, "<article class=\"card card-enterprise\">"));

        Assert.Contains("<link rel=\"next\" href=\"/clusters/new-display-industry-cluster?page=2\">", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">2</a>", second, StringComparison.Ordinal);
        Assert.Contains("Generated enterprise", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_ShowsTheRepresentativesNotEveryEnterprise()
    {
        var home = await HtmlAsync("/");

        Assert.Contains(">Chang'an Suzuki</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Generated enterprise", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterPage_PastItsLastPage_Is404()
    {
        var response = await _client.GetAsync(new Uri("/clusters/new-display-industry-cluster?page=9", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> HtmlAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static int Count(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
