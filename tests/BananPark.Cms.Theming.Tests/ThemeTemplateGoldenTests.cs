using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Tests;

/// <summary>
/// Each template of the Banan theme rendered from the Banan recipe, compared with a reviewed copy in
/// Golden/. After an intended change, run with UPDATE_GOLDEN=1, read the diff, and commit it (CI refuses to update).
/// </summary>
public sealed partial class ThemeTemplateGoldenTests : IAsyncLifetime
{
    private static readonly string GoldenFolder = Path.Combine(RepositoryPaths.Root, "tests", "BananPark.Cms.Theming.Tests", "Golden");
    private TestTenant _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await TestTenant.CreateAsync();
        await _site.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
        await _site.ImportAsync("""
            {"name":"page","steps":[{"name":"ContentDefinition","ContentTypes":[{"Name":"Page","DisplayName":"Page","Settings":{},
              "ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"HtmlBodyPart","Name":"HtmlBodyPart"},{"PartName":"AutoroutePart","Name":"AutoroutePart"}]}]},
             {"name":"Content","data":[{"ContentItemId":"4pagegoldentest00000000000","ContentType":"Page","DisplayText":"About the park","Latest":true,"Published":true,
              "TitlePart":{"Title":"About the park"},"HtmlBodyPart":{"Html":"<p>Text <img src=x onerror=alert(1)></p>"},"AutoroutePart":{"Path":"about"}}]}]}
            """);
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("", "Detail", "Content-Park")]
    [InlineData("groups/jieshi", "Detail", "Content-Group")]
    [InlineData("groups/huaxi", "Summary", "Content-Group-Summary")]
    [InlineData("clusters/new-display-industry-cluster", "Detail", "Content-Cluster")]
    [InlineData("clusters/electrical-machinery-cluster", "Summary", "Content-Cluster-Summary")]
    [InlineData("enterprises/chang-an-suzuki", "Detail", "Content-Enterprise")]
    [InlineData("enterprises/blue-moon", "Summary", "Content-Enterprise-Summary")]
    [InlineData("about", "Detail", "Content")]
    [InlineData("about", "Summary", "Content-Summary")]
    public async Task RenderItemAsync_MatchesTheGoldenCopy(string route, string displayType, string template)
    {
        var html = await _site.RunScopeAsync(async services =>
        {
            var content = services.GetRequiredService<IPublishedContent>();
            var item = route.Length == 0 ? await content.GetHomepageAsync() : await content.GetByRouteAsync(route);
            return await services.GetRequiredService<ContentRenderer>().RenderItemAsync(item!, displayType);
        });

        AssertGolden(template, html);
    }

    [Theory]
    [InlineData("Group", "List")]
    [InlineData("Cluster", "List-Cluster")]
    [InlineData("Enterprise", "List-Enterprise")]
    public async Task RenderListAsync_MatchesTheGoldenCopy(string type, string template)
    {
        var html = await _site.RunScopeAsync(async services =>
        {
            var definition = await services.GetRequiredService<IContentDefinitionManager>().GetAsync();
            var listing = ListingSettings.All(definition).Single(x => x.Type.Name == type);
            var page = await services.GetRequiredService<IPublishedContent>().QueryAsync(new ContentQuery { ContentType = type, Take = 20 });
            var pager = new ListPager("/" + listing.Listing.Path, 1, 20, page.Total);
            return await services.GetRequiredService<ContentRenderer>().RenderListAsync(listing.Type, listing.Listing, page, pager);
        });

        AssertGolden(template, html);
    }

    /// <summary>The directory with one cluster selected and text searched: the facet links, counts and search form.</summary>
    [Fact]
    public async Task RenderListAsync_Faceted_MatchesTheGoldenCopy()
    {
        var html = await _site.RunScopeAsync(async services =>
        {
            var definition = await services.GetRequiredService<IContentDefinitionManager>().GetAsync();
            var listing = ListingSettings.All(definition).Single(x => x.Type.Name == "Enterprise");
            var content = services.GetRequiredService<IPublishedContent>();
            var clusters = (await content.QueryAsync(new ContentQuery { ContentType = "Cluster", Take = 2 })).Items;
            var query = new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
            {
                ["cluster"] = clusters[0].ContentItemId,
                ["q"] = "suzuki <b>",
            });
            var request = DirectoryRequest.Parse(query, DirectoryFacets.Of(definition, "Enterprise"));
            var counts = new Dictionary<string, IReadOnlyList<FacetCount>>
            {
                ["cluster"] = [new(clusters[0].ContentItemId, 1), new(clusters[1].ContentItemId, 2)],
                ["group"] = [],
            };
            var page = await content.QueryAsync(new ContentQuery { ContentType = "Enterprise", ContainerId = clusters[0].ContentItemId, Take = 1 });
            var pager = new ListPager("/enterprises", 1, 50, 1, request.Query);
            var directory = await DirectoryModel.BuildAsync("/enterprises", request, counts, content, TestContext.Current.CancellationToken);
            return await services.GetRequiredService<ContentRenderer>().RenderListAsync(listing.Type, listing.Listing, page, pager, directory);
        });

        AssertGolden("List-Enterprise-Faceted", html);
    }

    [Fact]
    public async Task RenderPageAsync_LayoutMatchesTheGoldenCopy()
    {
        var html = await _site.RunAsync<ContentRenderer, string>(renderer => renderer.RenderPageAsync(new PageInfo("Jieshi", "/groups/jieshi"), "<p>BODY</p>"));

        AssertGolden("Layout", html);
    }

    [Theory]
    [InlineData("NotFound")]
    [InlineData("Error")]
    public async Task RenderNamedAsync_MatchesTheGoldenCopy(string template)
    {
        var html = await _site.RunAsync<ContentRenderer, string>(renderer => renderer.RenderNamedAsync(template,
            new Dictionary<string, object?> { ["Path"] = "/no/such/page", ["Reference"] = "0123456789abcdef" }));

        AssertGolden(template, html);
    }

    private static void AssertGolden(string name, string html)
    {
        GoldenCopy.AssertMatches(Path.Combine(GoldenFolder, $"{name}.html"), Fingerprint().Replace(html, "?v=HASH"), Environment.GetEnvironmentVariable);
    }

    [GeneratedRegex(@"\?v=[0-9a-f]{12}")]
    private static partial Regex Fingerprint();
}
