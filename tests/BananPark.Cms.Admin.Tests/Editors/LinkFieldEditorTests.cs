using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Link;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class LinkFieldEditorTests : EditorTest
{
    [Fact]
    public void Render_ShowsUrlAndTextInALabelledGroup()
    {
        var definition = new DefinitionBuilder(Type).Field("LinkField", "Website", "Website",
            DefinitionBuilder.Settings(("LinkFieldSettings", new JsonObject { ["Required"] = true, ["Hint"] = "The company's own site." }))).Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Website", new LinkField { Url = "https://www.example.com", Text = "Example" })).Build();

        var cut = RenderAs<LinkFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Website")));

        Assert.Equal("Website (required)", cut.Find("fieldset > legend").TextContent);
        var url = cut.Find("input#ed-Article-Website");
        Assert.Equal("Article.Website.Url", url.GetAttribute("name"));
        Assert.Equal("https://www.example.com", url.GetAttribute("value"));
        Assert.Equal("URL", LabelOf(cut, "ed-Article-Website"));
        Assert.Equal("true", url.GetAttribute("aria-required"));
        Assert.Equal("ed-Article-Website-hint", url.GetAttribute("aria-describedby"));
        var text = cut.Find("input#ed-Article-Website-text");
        Assert.Equal("Article.Website.Text", text.GetAttribute("name"));
        Assert.Equal("Example", text.GetAttribute("value"));
        Assert.Equal("Link text", LabelOf(cut, "ed-Article-Website-text"));
        Assert.Empty(cut.FindAll("select"));
    }

    [Fact]
    public void Render_WhenSettingsHaveADefaultTarget_OffersTheTarget()
    {
        var definition = new DefinitionBuilder(Type).Field("LinkField", "Website", "Website",
            DefinitionBuilder.Settings(("LinkFieldSettings", new JsonObject { ["DefaultTarget"] = "_blank", ["LinkTextMode"] = "Url" }))).Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Website", new LinkField { Url = "https://a.example", Target = "_blank" })).Build();

        var cut = RenderAs<LinkFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Website")));

        var select = cut.Find("select#ed-Article-Website-target");
        Assert.Equal("Article.Website.Target", select.GetAttribute("name"));
        Assert.Equal("_blank", select.QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Equal("Opens in", LabelOf(cut, "ed-Article-Website-target"));
        Assert.Empty(cut.FindAll("input[name='Article.Website.Text']"));
    }

    [Fact]
    public void Render_WithAnError_DescribesItOnTheUrl()
    {
        var definition = new DefinitionBuilder(Type).Field("LinkField", "Website", "Website").Build();

        var cut = RenderAs<LinkFieldEditor>(Administrator, p => p.Add(e => e.Context,
            FieldContext(definition, new ContentItemBuilder(Type).Build(), "Website", "Website: only http, https, mailto and tel links are allowed.")));

        AssertDescribedError(cut, "input#ed-Article-Website", "only http, https, mailto and tel links");
    }

    [Fact]
    public void Render_HostileValues_AreEncoded()
    {
        var definition = new DefinitionBuilder(Type).Field("LinkField", "Website", "Website").Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Website", new LinkField { Url = Hostile, Text = Hostile })).Build();

        var cut = RenderAs<LinkFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Website", Hostile)));

        Assert.Equal([Hostile, Hostile], cut.FindAll("input").Select(i => i.GetAttribute("value")));
        AssertEncoded(cut);
    }
}
