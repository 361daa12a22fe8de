using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Tests.Seo;

/// <summary>
/// The head of every public page kind, rendered from the Banan recipe: a title and a bounded description on each,
/// an editor's SEO values winning over the derived ones, everything encoded, and JSON-LD of facts the content holds.
/// </summary>
public sealed partial class PageHeadTests : IAsyncLifetime
{
    private const string Base = "https://banan.example/";
    private const string Hostile = "\"><svg onload=alert(1)>";
    private TestTenant _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await TestTenant.CreateAsync(_ => { }, new Dictionary<string, string?> { ["Cms:PublicUrl"] = Base });
        await _site.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("groups/jieshi")]
    [InlineData("clusters/new-display-industry-cluster")]
    [InlineData("enterprises/chang-an-suzuki")]
    public async Task Head_OfEachItemPage_HasATitleABoundedDescriptionAndItsCanonical(string route)
    {
        var html = await RenderItemAsync(route);

        Assert.False(string.IsNullOrWhiteSpace(Title(html)));
        AssertBounded(Meta(html, "name", "description"));
        Assert.Equal(Base + route, Canonical(html));
        Assert.Null(Meta(html, "name", "robots"));
    }

    [Fact]
    public async Task Head_OfAListPage_IsDescribedByItsItems_AndOfANotFoundPage_IsNotIndexed()
    {
        var (list, first) = await _site.RunScopeAsync(async services =>
        {
            var page = await services.GetRequiredService<IPublishedContent>().QueryAsync(new ContentQuery { ContentType = "Cluster", Take = 24 });
            var html = await services.GetRequiredService<ContentRenderer>().RenderPageAsync(new PageInfo("Industry clusters", "/clusters") { ListItems = page.Items }, "");
            return (html, page.Items[0].DisplayText);
        });
        var missing = await _site.RunAsync<ContentRenderer, string>(r => r.RenderPageAsync(new PageInfo("Page not found", "/nothing", 404), ""));

        var described = AssertBounded(Meta(list, "name", "description"));
        Assert.StartsWith($"Industry clusters: {first}, ", described, StringComparison.Ordinal);
        Assert.Equal("Industry clusters · Chongqing Banan Economic Park", Title(list));
        AssertBounded(Meta(missing, "name", "description"));
        Assert.Equal("noindex", Meta(missing, "name", "robots"));
        Assert.Null(Canonical(missing));
    }

    [Fact]
    public async Task Head_WhenAnEditorFilledTheSeoPart_UsesItsValuesEncoded()
    {
        await SetSeoAsync("""
            {"PageTitle":"Suzuki \"><svg onload=alert(1)>","MetaDescription":"Motorcycles & cars \"><svg onload=alert(1)>","Canonical":"/enterprises/suzuki",
             "MetaRobots":"noindex, follow","TwitterCard":"summary_large_image","CustomMetaTags":[{"Name":"format-detection","Content":"telephone=no"}]}
            """);

        var html = await RenderItemAsync("enterprises/chang-an-suzuki");

        Assert.Equal("Suzuki " + Hostile + " · Chongqing Banan Economic Park", Title(html));
        Assert.Equal("Motorcycles & cars " + Hostile, Meta(html, "name", "description"));
        Assert.Equal(Base + "enterprises/suzuki", Canonical(html));
        Assert.Equal("noindex, follow", Meta(html, "name", "robots"));
        Assert.Equal("summary_large_image", Meta(html, "name", "twitter:card"));
        Assert.Equal("telephone=no", Meta(html, "name", "format-detection"));
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_DescriptionFromALongBody_IsItsStartAsPlainText()
    {
        var body = "<p>Chang'an <b>Suzuki</b> builds cars</p>" + string.Concat(Enumerable.Repeat("<p>in the Jieshi group of the park</p>", 20));
        await SetBodyAsync(body);

        var description = AssertBounded(Meta(await RenderItemAsync("enterprises/chang-an-suzuki"), "name", "description"));

        Assert.StartsWith("Chang'an Suzuki builds cars in the Jieshi group of the park in the", description, StringComparison.Ordinal);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
        Assert.DoesNotContain("<", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLd_OfTheHomePage_IsTheSiteItsSearchAndThePark_WithOnlyStoredFacts()
    {
        var blocks = JsonLd(await RenderItemAsync(""));

        var site = blocks.Single(b => b.GetProperty("@type").GetString() == "WebSite");
        Assert.Equal(Base + "search?q={search_term_string}", site.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString());
        var park = blocks.Single(b => b.GetProperty("@type").GetString() == "Organization");
        Assert.Equal("Chongqing Banan Economic Park", park.GetProperty("name").GetString());
        Assert.Equal("88 Fucheng Road, Jieshi Town, Banan District, Chongqing", park.GetProperty("address").GetString());
        Assert.Contains("023-66228308", park.GetProperty("telephone").GetString(), StringComparison.Ordinal);
        Assert.Equal(["@context", "@type", "name", "url", "address", "telephone"], park.EnumerateObject().Select(p => p.Name));
        Assert.Single(blocks, b => b.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    [Fact]
    public async Task JsonLd_OfAnItemPage_IsItsBreadcrumbThroughItsList_AndNoOrganization()
    {
        var blocks = JsonLd(await RenderItemAsync("enterprises/chang-an-suzuki"));

        var trail = Assert.Single(blocks).GetProperty("itemListElement").EnumerateArray()
            .Select(e => (e.GetProperty("name").GetString(), e.GetProperty("item").GetString())).ToList();
        Assert.Equal(
            [("Chongqing Banan Economic Park", Base), ("Enterprise directory", Base + "enterprises"), ("Chang'an Suzuki", Base + "enterprises/chang-an-suzuki")],
            trail);
    }

    [Fact]
    public async Task JsonLd_FromTheEditorHoldingAScriptEndTag_StaysInsideItsScriptAndParsesToTheSameText()
    {
        const string Name = "</script><script>alert(1)</script>";
        await SetSeoAsync(JsonSerializer.Serialize(new { GoogleSchema = JsonSerializer.Serialize(new Dictionary<string, string> { ["@context"] = "https://schema.org", ["@type"] = "Place", ["name"] = Name }) }));

        var html = await RenderItemAsync("enterprises/chang-an-suzuki");

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal(Name, JsonLd(html).Single(b => b.GetProperty("@type").GetString() == "Place").GetProperty("name").GetString());
    }

    private async Task SetSeoAsync(string seoJson)
        => await ImportItemChangeAsync(item => item["SeoMetaPart"] = System.Text.Json.Nodes.JsonNode.Parse(seoJson));

    private async Task SetBodyAsync(string html)
        => await ImportItemChangeAsync(item => item["HtmlBodyPart"] = new System.Text.Json.Nodes.JsonObject { ["Html"] = html });

    /// <summary>The Suzuki item as the recipe holds it, changed, imported again as a Content step.</summary>
    private async Task ImportItemChangeAsync(Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var json = await _site.RunAsync<IPublishedContent, string>(async content => (await content.GetByRouteAsync("enterprises/chang-an-suzuki"))!.Json);
        var item = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        change(item);
        var recipe = new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = "seo",
            ["steps"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["name"] = "Content", ["data"] = new System.Text.Json.Nodes.JsonArray(item) }),
        };
        await _site.ImportAsync(recipe.ToJsonString());
    }

    private Task<string> RenderItemAsync(string route) => _site.RunScopeAsync(async services =>
    {
        var content = services.GetRequiredService<IPublishedContent>();
        var item = (route.Length == 0 ? await content.GetHomepageAsync() : await content.GetByRouteAsync(route))!;
        return await services.GetRequiredService<ContentRenderer>().RenderPageAsync(new PageInfo(item.DisplayText ?? "", "/" + route) { Item = item }, "");
    });

    private static string AssertBounded(string? description)
    {
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.True(new StringInfo(description).LengthInTextElements <= 161, description);
        return description;
    }

    private static string? Title(string html) => TitleTag().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string? Meta(string html, string attribute, string key)
        => MetaTag().Matches(html).FirstOrDefault(m => m.Groups[1].Value == attribute && m.Groups[2].Value == key) is { } m ? WebUtility.HtmlDecode(m.Groups[3].Value) : null;

    private static string? Canonical(string html) => CanonicalTag().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static List<JsonElement> JsonLd(string html)
        => JsonLdTag().Matches(html).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone()).ToList();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleTag();

    [GeneratedRegex("<meta (name|property)=\"([^\"]*)\" content=\"([^\"]*)\">")]
    private static partial Regex MetaTag();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]*)\">")]
    private static partial Regex CanonicalTag();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>")]
    private static partial Regex JsonLdTag();
}
