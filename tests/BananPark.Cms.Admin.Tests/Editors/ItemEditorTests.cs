using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Components.Editors;
using BananPark.Cms.Admin.Fields;
using BananPark.Cms.Admin.Parts;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Settings;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Admin.Tests.Editors;

/// <summary>The whole editor of a Banan type, as the content pages show it.</summary>
public sealed class ItemEditorTests : EditorTest
{
    private const string BlueMoonId = "Blue Moon";

    protected override bool ImportsBananRecipe => true;

    [Fact]
    public async Task Render_Enterprise_ShowsEveryPartAndFieldInTheTypeOrder()
    {
        var (definition, item) = await LoadAsync("Enterprise", BlueMoonId);

        var cut = Render(definition, item);

        Assert.Empty(cut.FindAll("form"));
        var names = cut.FindAll("input[name], textarea[name]").Select(i => i.GetAttribute("name")).Distinct().ToList();
        Assert.Equal(
            ["TitlePart.Title", "Enterprise.Website.Url", "Enterprise.Website.Text", "Enterprise.Group.ContentItemIds", "Enterprise.Group.Search", "Enterprise.Logo.Editor", "Enterprise.Logo.Add", "HtmlBodyPart.Html", "AutoroutePart.Path",
             "SeoMetaPart.Render", "SeoMetaPart.PageTitle", "SeoMetaPart.MetaDescription", "SeoMetaPart.MetaKeywords", "SeoMetaPart.Canonical", "SeoMetaPart.MetaRobots",
             "SeoMetaPart.OpenGraphType", "SeoMetaPart.OpenGraphTitle", "SeoMetaPart.OpenGraphDescription", "SeoMetaPart.OpenGraphImage",
             "SeoMetaPart.TwitterSite", "SeoMetaPart.TwitterCreator", "SeoMetaPart.TwitterTitle", "SeoMetaPart.TwitterDescription", "SeoMetaPart.TwitterImage",
             "SeoMetaPart.CustomMetaTags", "SeoMetaPart.GoogleSchema"],
            names);
        Assert.Equal("Blue Moon", cut.Find("#ed-TitlePart").GetAttribute("value"));
        Assert.Equal("Logo", cut.Find("#ed-Enterprise-Logo-label").TextContent);
        Assert.Empty(cut.FindAll("details.unknown-data"));
        Assert.All(cut.FindAll("input:not([type=hidden]), textarea"), input => Assert.True(
            input.HasAttribute("readonly") || cut.FindAll($"label[for='{input.Id}']").Count == 1,
            $"{input.GetAttribute("name")} has no label"));
    }

    [Fact]
    public async Task Render_Park_GroupsNothingAndListsItsChildren()
    {
        var (definition, park) = await LoadAsync("Park", "Chongqing Banan Economic Park");

        var cut = Render(definition, park);

        Assert.Equal(10, cut.FindAll(".list-children li").Count);
        Assert.Equal(["Add Group", "Add Cluster"], cut.FindAll(".list-part a.button").Select(a => a.TextContent));
        Assert.Equal("0.01", cut.Find("#ed-Park-ApprovedArea").GetAttribute("step"));
        Assert.Equal("textarea", cut.Find("#ed-Park-Location").TagName.ToLowerInvariant());
    }

    [Fact]
    public async Task Render_WithErrors_ShowsEachNextToItsEditor()
    {
        var (definition, item) = await LoadAsync("Enterprise", BlueMoonId);
        var errors = new Dictionary<string, IReadOnlyList<string>>
        {
            ["TitlePart.Title"] = ["Title is required."],
            ["Enterprise.Website"] = ["Website: only http, https, mailto and tel links are allowed."],
            ["AutoroutePart.Path"] = ["That path is already used."],
        };

        var cut = Render(definition, item, errors);

        AssertDescribedError(cut, "#ed-TitlePart", "Title is required.");
        AssertDescribedError(cut, "#ed-Enterprise-Website", "only http, https, mailto and tel");
        AssertDescribedError(cut, "#ed-AutoroutePart", "That path is already used.");
        Assert.Null(cut.Find("#ed-HtmlBodyPart").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Render_DataWithoutAnEditor_IsShownReadOnlyAndContainedPartIsNot()
    {
        var (definition, item) = await LoadAsync("Enterprise", BlueMoonId);
        definition = ContentDefinitionJson.Clone(definition);
        definition.FindPart("Enterprise")!.Fields.Add(new ContentPartFieldDefinition { FieldName = "ColorField", Name = "Brand" });
        item.Content["Enterprise"]!["Brand"] = new JsonObject { ["Color"] = "#0b3a5b" };
        item.Content["LegacyPart"] = new JsonObject { ["Note"] = Hostile };

        var cut = Render(definition, item);

        var unknown = cut.FindAll("details.unknown-data");
        Assert.Equal(2, unknown.Count);
        Assert.Contains("ColorField", unknown[0].QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("#0b3a5b", unknown[0].QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("LegacyPart", unknown[1].QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Hostile, unknown[1].QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ContainedPart", cut.Markup, StringComparison.Ordinal);
        AssertEncoded(cut);
    }

    [Fact]
    public async Task StaticRendering_OfHostileValuesEverywhere_EncodesThem()
    {
        var (definition, item) = await LoadAsync("Enterprise", BlueMoonId);
        item.Content["TitlePart"]!["Title"] = Hostile;
        item.Content["Enterprise"]!["Website"] = new JsonObject { ["Url"] = Hostile, ["Text"] = Hostile };
        item.Content["AutoroutePart"]!["Path"] = Hostile;
        item.Content["HtmlBodyPart"]!["Html"] = Hostile;
        var errors = new Dictionary<string, IReadOnlyList<string>> { ["Enterprise.Website"] = [Hostile] };

        var html = await RenderStaticAsync(definition, item, errors);

        Assert.Contains("&lt;svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
    }

    private IRenderedComponent<ItemEditor> Render(ContentDefinition definition, ContentItem item, Dictionary<string, IReadOnlyList<string>>? errors = null)
        => RenderAs<ItemEditor>(Administrator, p => p
            .Add(e => e.Item, item)
            .Add(e => e.Type, definition.FindType(item.ContentType)!)
            .Add(e => e.Definition, definition)
            .Add(e => e.Errors, errors));

    /// <summary>The HTML the server sends: the framework's own static renderer, not bUnit's DOM; the editors get the tenant's services.</summary>
    private async Task<string> RenderStaticAsync(ContentDefinition definition, ContentItem item, Dictionary<string, IReadOnlyList<string>> errors)
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddSingleton(Scope.GetRequiredService<IContentManager>())
            .AddSingleton(Scope.GetRequiredService<ISiteSettingsStore>())
            .AddSingleton(Scope.GetRequiredService<ContentKinds>())
            .AddSingleton(Scope.GetRequiredService<FieldEditors>())
            .AddSingleton(Scope.GetRequiredService<PartEditors>())
            .AddSingleton(Scope.GetRequiredService<IRichText>())
            .AddSingleton(Scope.GetRequiredService<BananPark.Cms.Content.Services.ContentAccess>())
            .AddSingleton(Scope.GetRequiredService<BananPark.Cms.Core.Tenancy.IPublicUrls>())
            .BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ItemEditor.Item)] = item,
                [nameof(ItemEditor.Type)] = definition.FindType(item.ContentType),
                [nameof(ItemEditor.Definition)] = definition,
                [nameof(ItemEditor.Errors)] = errors,
            });
            return (await renderer.RenderComponentAsync<ItemEditor>(parameters)).ToHtmlString();
        });
    }

    private async Task<(ContentDefinition, ContentItem)> LoadAsync(string type, string title)
    {
        var cancel = Xunit.TestContext.Current.CancellationToken;
        var definition = await Tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync(cancel));
        var items = await Tenant.RunAsync<IContentManager, IReadOnlyList<ContentItem>>(c => c.QueryAsync(
            new ContentQuery { ContentType = type, Version = VersionOptions.Latest, Take = 100 }, cancel));
        return (definition, items.Single(i => i.DisplayText == title));
    }
}
