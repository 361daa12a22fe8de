using System.Net;
using System.Text.RegularExpressions;
using BananPark.Cms.Content.Fields.ContentPicker;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Tests;

/// <summary>A field an admin adds to a type shows on its public page once an item has a value (the <c>other_fields</c> filter).</summary>
public sealed partial class OtherFieldsTests : IAsyncLifetime
{
    private TestTenant _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await TestTenant.CreateAsync();
        await _site.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task EnterprisePage_ShowsNewTextAndNumericFieldsInTheFactsEncoded()
    {
        await AddFieldAsync("Enterprise", "Motto", TextField.Kind.Name, "Motto <em>");
        await AddFieldAsync("Enterprise", "Employees", NumericField.Kind.Name, "Employees");
        await AddFieldAsync("Enterprise", "Founded", DateField.Kind.Name, "Founded");
        await EditAsync("enterprises/chang-an-suzuki", item =>
        {
            item.SetField("Enterprise", "Motto", new TextField { Text = "<script>alert('x')</script>Drive & go" });
            item.SetField("Enterprise", "Employees", new NumericField { Value = 12500 });
        });

        var html = await RenderAsync("enterprises/chang-an-suzuki");

        var facts = Facts(html);
        Assert.Equal("<script>alert('x')</script>Drive & go", facts["Motto <em>"]);
        Assert.Equal("12,500", facts["Employees"]);
        Assert.False(facts.ContainsKey("Founded"));
        Assert.Contains("<dt>Motto &lt;em&gt;</dt><dd>&lt;script&gt;alert('x')&lt;/script&gt;Drive &amp; go</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal("Industry cluster", facts.Keys.First());
        Assert.Equal(["Motto <em>", "Employees"], facts.Keys.TakeLast(2));
    }

    [Fact]
    public async Task EnterprisePage_ShowsPickedItemsAsLinks()
    {
        await AddFieldAsync("Enterprise", "Partners", ContentPickerField.Kind.Name, "Partner groups");
        await _site.RunAsync<FieldSettingsEditor, EditorResult>(e => e.SaveAsync("Enterprise", "Partners",
            new FieldSettingsInput { DisplayName = "Partner groups" }, new ContentPickerFieldSettingsInput { Multiple = true, DisplayedContentTypes = ["Group"] }));
        var jieshi = await _site.RunAsync<IContentManager, ContentItem?>(m => m.GetByRouteAsync("groups/jieshi"));
        var huaxi = await _site.RunAsync<IContentManager, ContentItem?>(m => m.GetByRouteAsync("groups/huaxi"));
        await EditAsync("enterprises/chang-an-suzuki", item => item.SetField("Enterprise", "Partners", new ContentPickerField { ContentItemIds = [jieshi!.ContentItemId, huaxi!.ContentItemId] }));

        var html = await RenderAsync("enterprises/chang-an-suzuki");

        Assert.Contains("<dt>Partner groups</dt><dd><a href=\"/groups/jieshi\">Jieshi</a>, <a href=\"/groups/huaxi\">Huaxi</a></dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterprisePage_ShowsAGeoPointAsTextInTheGeoMicroformat()
    {
        await AddFieldAsync("Enterprise", "Location", GeoPointField.Kind.Name, "Location");
        await EditAsync("enterprises/chang-an-suzuki", item => item.SetField("Enterprise", "Location", new GeoPointField { Latitude = 29.5m, Longitude = 106.5m }));

        var html = await RenderAsync("enterprises/chang-an-suzuki");

        Assert.Contains("<dt>Location</dt><dd><span class=\"geo h-geo\"><span class=\"latitude p-latitude\">29.5</span>, <span class=\"longitude p-longitude\">106.5</span></span></dd>",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewTypeWithoutATemplate_ShowsItsFieldsOnTheGenericPage()
    {
        var input = ContentTypeInput.ForNewType();
        (input.Name, input.DisplayName) = ("Event", "Event");
        await _site.RunAsync<ContentTypeEditor, EditorResult>(e => e.CreateTypeAsync(input));
        await _site.RunAsync<ContentTypeEditor, EditorResult>(e => e.AddPartAsync("Event", "AutoroutePart"));
        await AddFieldAsync("Event", "Venue", TextField.Kind.Name, "Venue");
        await _site.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(new ContentItemBuilder("Event").WithTitle("Investment fair").WithRoute("").WithText("Venue", "Banan Expo Centre").Build(), publish: true));

        var html = await RenderAsync("event/investment-fair");

        Assert.Equal("Banan Expo Centre", Facts(html)["Venue"]);
    }

    private async Task AddFieldAsync(string type, string name, string kind, string displayName)
    {
        var result = await _site.RunAsync<ContentTypeEditor, EditorResult>(e => e.AddFieldAsync(type, new NewFieldInput { Name = name, Kind = kind, DisplayName = displayName }));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    private async Task EditAsync(string route, Action<ContentItem> change)
    {
        var item = await _site.RunAsync<IContentManager, ContentItem?>(m => m.GetByRouteAsync(route));
        change(item!);
        await _site.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(item!, publish: true));
    }

    private Task<string> RenderAsync(string route) => _site.RunScopeAsync(async services =>
    {
        var item = await services.GetRequiredService<IPublishedContent>().GetByRouteAsync(route);
        return await services.GetRequiredService<ContentRenderer>().RenderItemAsync(item!, "Detail");
    });

    /// <summary>The facts list as label → text (tags dropped, entities decoded).</summary>
    private static Dictionary<string, string> Facts(string html)
        => Fact().Matches(html).ToDictionary(m => Text(m.Groups[1].Value), m => Text(m.Groups[2].Value));

    private static string Text(string markup) => WebUtility.HtmlDecode(Tag().Replace(markup, ""));

    [GeneratedRegex("<div><dt>(.*?)</dt><dd>(.*?)</dd></div>", RegexOptions.Singleline)]
    private static partial Regex Fact();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
