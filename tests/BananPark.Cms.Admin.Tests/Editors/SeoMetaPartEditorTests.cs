using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Parts.SeoMeta;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class SeoMetaPartEditorTests : EditorTest
{
    [Fact]
    public void Render_StoredValues_FillTheirLabelledInputs()
    {
        var (definition, item) = Setup(new JsonObject
        {
            ["PageTitle"] = "Chang'an Suzuki",
            ["Render"] = false,
            ["MetaDescription"] = "Motorcycles and cars",
            ["TwitterCard"] = "summary",
            ["OpenGraphImage"] = new JsonObject { ["Paths"] = new JsonArray("park/hero.jpg"), ["MediaTexts"] = new JsonArray("") },
            ["CustomMetaTags"] = new JsonArray(new JsonObject { ["Name"] = "format-detection", ["Content"] = "telephone=no" }),
        });

        var cut = Render(definition, item, "Structured data (JSON-LD) is not valid JSON.");

        var title = cut.Find("input[name='SeoMetaPart.PageTitle']");
        Assert.Equal("Chang'an Suzuki", title.GetAttribute("value"));
        Assert.Equal("Page title", LabelOf(cut, title.Id!));
        Assert.Equal("Motorcycles and cars", cut.Find("textarea[name='SeoMetaPart.MetaDescription']").TextContent.Trim());
        Assert.Equal("park/hero.jpg", cut.Find("input[name='SeoMetaPart.OpenGraphImage']").GetAttribute("value"));
        Assert.Equal("format-detection = telephone=no", cut.Find("textarea[name='SeoMetaPart.CustomMetaTags']").TextContent.Trim());
        Assert.True(cut.Find("select[name='SeoMetaPart.TwitterCard'] option[value='summary']").HasAttribute("selected"));
        Assert.False(cut.Find("input[type=checkbox][name='SeoMetaPart.Render']").HasAttribute("checked"));
        Assert.Equal("Search engines and previews", cut.Find("legend").TextContent.Trim());
        AssertDescribedError(cut, "textarea[name='SeoMetaPart.GoogleSchema']", "not valid JSON");
    }

    [Fact]
    public void Render_HostileValues_AreEncoded()
    {
        var (definition, item) = Setup(new JsonObject { ["PageTitle"] = Hostile, ["GoogleSchema"] = Hostile, ["CustomMetaTags"] = new JsonArray(new JsonObject { ["Name"] = Hostile, ["Content"] = Hostile }) });

        var cut = Render(definition, item, Hostile);

        Assert.Equal(Hostile, cut.Find("input[name='SeoMetaPart.PageTitle']").GetAttribute("value"));
        AssertEncoded(cut);
    }

    [Fact]
    public void Bind_PostedForm_StoresOrchardsShape_EmptyBoxesAsNoValue()
    {
        var (definition, item) = Setup(new JsonObject
        {
            ["MetaKeywords"] = "old",
            ["CustomMetaTags"] = new JsonArray(new JsonObject { ["HttpEquiv"] = "X-UA-Compatible", ["Content"] = "IE=edge" }),
        });
        var form = Form(
            ("SeoMetaPart.PageTitle", "  Suzuki  "), ("SeoMetaPart.MetaKeywords", " "), ("SeoMetaPart.Render", "false"),
            ("SeoMetaPart.OpenGraphImage", "/media/park/hero.jpg"), ("SeoMetaPart.GoogleSchema", "\r\n{\"@type\":\"Place\"}\r\n"),
            ("SeoMetaPart.CustomMetaTags", "format-detection = telephone=no\r\nog:locale:alternate = zh_CN\r\n"));

        new SeoMetaPartBinder().Bind(new FormSlot(item, form, "SeoMetaPart", null, "SEO"), definition.FindType(Type)!.FindPart("SeoMetaPart")!);

        var part = item.Content["SeoMetaPart"]!;
        Assert.Equal("Suzuki", part["PageTitle"]!.GetValue<string>());
        Assert.Null(part["MetaKeywords"]);
        Assert.False(part["Render"]!.GetValue<bool>());
        Assert.Equal("""{"Paths":["park/hero.jpg"],"MediaTexts":[""]}""", part["OpenGraphImage"]!.ToJsonString());
        Assert.Equal("{\"@type\":\"Place\"}", part["GoogleSchema"]!.GetValue<string>());
        Assert.Equal(
            """[{"HttpEquiv":"X-UA-Compatible","Content":"IE=edge"},{"Name":"format-detection","Content":"telephone=no"},{"Property":"og:locale:alternate","Content":"zh_CN"}]""",
            part["CustomMetaTags"]!.ToJsonString());
    }

    private static (ContentDefinition Definition, ContentItem Item) Setup(JsonObject seo)
    {
        var definition = new DefinitionBuilder(Type).Part("SeoMetaPart").Build();
        var item = new ContentItemBuilder(Type).With(i => i.Content["SeoMetaPart"] = seo).Build();
        return (definition, item);
    }

    private IRenderedComponent<SeoMetaPartEditor> Render(ContentDefinition definition, ContentItem item, string? error = null)
        => RenderAs<SeoMetaPartEditor>(Administrator, p => p.Add(e => e.Context,
            PartContext(definition, item, "SeoMetaPart", "Search engines and previews", error, errorPath: "SeoMetaPart.GoogleSchema")));
}
