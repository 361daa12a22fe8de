using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Components.Editors;
using BananPark.Cms.Admin.Fields.ContentPicker;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

/// <summary>Over the Banan recipe: Enterprise.Group picks one Group (Huaxi, Jinzhu, Jieshi, Tianming).</summary>
public sealed class ContentPickerFieldEditorTests : EditorTest
{
    private const string JieshiId = "eayy11sezkwva7z8d0whkxvsxn";

    protected override bool ImportsBananRecipe => true;

    [Fact]
    public async Task Render_ShowsThePickedItemWithItsTypeAHiddenIdAndARemoveBox()
    {
        var (definition, enterprise) = await EnterpriseAsync("Blue Moon");

        var cut = RenderAs<ContentPickerFieldEditor>(Administrator, p => p.Add(e => e.Context, Context(definition, enterprise)));

        Assert.Equal("Group", cut.Find("fieldset > legend").TextContent);
        Assert.Equal(["", JieshiId], cut.FindAll("input[type=hidden][name='Enterprise.Group.ContentItemIds']").Select(i => i.GetAttribute("value")));
        var picked = cut.Find(".picker-selection li");
        Assert.Equal("Jieshi", picked.QuerySelector(".item-title")?.TextContent);
        Assert.Equal("Group", picked.QuerySelector(".badge")?.TextContent);
        Assert.Equal(JieshiId, picked.QuerySelector("input[type=checkbox][name='Enterprise.Group.Remove']")?.GetAttribute("value"));
        Assert.Equal("Remove Jieshi", picked.QuerySelector("label")?.TextContent.Trim());
        Assert.Equal("Find an item to pick", LabelOf(cut, "ed-Enterprise-Group-search"));
        var search = cut.Find("button[name=picker-search]");
        Assert.Equal("Enterprise.Group", search.GetAttribute("value"));
        Assert.True(search.HasAttribute("formnovalidate"));
        Assert.Empty(cut.FindAll(".picker-results"));
    }

    [Fact]
    public async Task Render_WithASearchInTheForm_OffersMatchesOfTheAllowedTypesAsRadios()
    {
        var (definition, enterprise) = await EnterpriseAsync("Blue Moon");
        var form = Form(("Enterprise.Group.Search", "i"), ("picker-search", "Enterprise.Group"));

        var cut = RenderAs<ContentPickerFieldEditor>(Administrator, p => p.Add(e => e.Context, Context(definition, enterprise, form: form)));

        Assert.Equal("i", cut.Find("#ed-Enterprise-Group-search").GetAttribute("value"));
        var results = cut.FindAll(".picker-results input");
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal("radio", r.GetAttribute("type")));
        Assert.All(results, r => Assert.Equal("Enterprise.Group.ContentItemIds", r.GetAttribute("name")));
        Assert.All(cut.FindAll(".picker-results .badge"), b => Assert.Equal("Group", b.TextContent));
        Assert.DoesNotContain(cut.FindAll(".picker-results label"), l => l.TextContent.Contains("Jieshi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_WhenMultiple_OffersCheckboxes()
    {
        var (definition, enterprise) = await EnterpriseAsync("Blue Moon", multiple: true);
        var form = Form(("Enterprise.Group.Search", "Huaxi"));

        var cut = RenderAs<ContentPickerFieldEditor>(Administrator, p => p.Add(e => e.Context, Context(definition, enterprise, form: form)));

        var result = Assert.Single(cut.FindAll(".picker-results input"));
        Assert.Equal("checkbox", result.GetAttribute("type"));
        Assert.Contains("Huaxi", result.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WhenNothingMatches_SaysSoAndShowsTheError()
    {
        var (definition, enterprise) = await EnterpriseAsync("Blue Moon");
        var form = Form(("Enterprise.Group.Search", "no such thing"));

        var cut = RenderAs<ContentPickerFieldEditor>(Administrator, p => p.Add(e => e.Context, Context(definition, enterprise, "Group is required.", form)));

        Assert.Contains("Nothing matches", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Group is required.", cut.Find("#ed-Enterprise-Group-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("ed-Enterprise-Group-error", cut.Find("fieldset").GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HostileSearchAndMissingItem_AreEncoded()
    {
        var (definition, enterprise) = await EnterpriseAsync("Blue Moon");
        enterprise.SetField("Enterprise", "Group", new ContentPickerField { ContentItemIds = [Hostile] });

        var cut = RenderAs<ContentPickerFieldEditor>(Administrator, p => p.Add(e => e.Context, Context(definition, enterprise, Hostile, Form(("Enterprise.Group.Search", Hostile)))));

        Assert.Equal(Hostile, cut.Find(".picker-selection .item-title").TextContent);
        Assert.Equal("not found", cut.Find(".picker-selection .badge").TextContent);
        AssertEncoded(cut);
    }

    private async Task<(ContentDefinition, ContentItem)> EnterpriseAsync(string title, bool multiple = false)
    {
        var definition = await Tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync(Xunit.TestContext.Current.CancellationToken));
        if (multiple)
        {
            definition = ContentDefinitionJson.Clone(definition);
            definition.FindPart("Enterprise")!.Fields.Single(f => f.Name == "Group").Settings["ContentPickerFieldSettings"] =
                new JsonObject { ["Multiple"] = true, ["DisplayedContentTypes"] = new JsonArray("Group") };
        }

        var items = await Tenant.RunAsync<IContentManager, IReadOnlyList<ContentItem>>(c => c.QueryAsync(
            new ContentQuery { ContentType = "Enterprise", Version = VersionOptions.Latest, Take = 100 }, Xunit.TestContext.Current.CancellationToken));
        var enterprise = items.Single(i => i.DisplayText == title);
        enterprise.SetField("Enterprise", "Group", new ContentPickerField { ContentItemIds = [JieshiId] });
        return (definition, enterprise);
    }

    private static EditorContext Context(ContentDefinition definition, ContentItem item, string? error = null, Microsoft.AspNetCore.Http.IFormCollection? form = null)
    {
        var part = definition.FindType("Enterprise")!.FindPart("Enterprise")!;
        var field = definition.FindPart("Enterprise")!.Fields.Single(f => f.Name == "Group");
        return EditorContext.ForField(item, definition, part, field, Errors("Enterprise.Group", error), form);
    }
}
