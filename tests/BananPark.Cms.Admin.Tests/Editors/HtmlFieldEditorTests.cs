using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Html;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class HtmlFieldEditorTests : EditorTest
{
    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("HtmlField", "Intro", "Introduction", DefinitionBuilder.Settings(("HtmlFieldSettings", new JsonObject { ["Required"] = true, ["Hint"] = "Two paragraphs.", ["MaxLength"] = 500 })))
        .Build();

    [Fact]
    public void Render_ShowsTheHtmlInATextareaTheScriptEnhances()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Intro", new HtmlField { Html = "<p>重庆<strong>巴南</strong></p>" })).Build();

        var cut = RenderAs<HtmlFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Intro")));

        var textarea = cut.Find("textarea#ed-Article-Intro");
        Assert.Equal("html", textarea.GetAttribute("data-editor"));
        Assert.Equal("Article.Intro.Html", textarea.GetAttribute("name"));
        Assert.Equal("<p>重庆<strong>巴南</strong></p>", textarea.TextContent);
        Assert.Equal("ed-Article-Intro-label", textarea.GetAttribute("data-label"));
        Assert.Equal("Introduction (required)", cut.Find("#ed-Article-Intro-label").TextContent);
        Assert.Equal("Two paragraphs.", cut.Find("#ed-Article-Intro-hint").TextContent);
        var count = cut.Find("#ed-Article-Intro-count");
        Assert.Equal("4 characters of max 500", count.TextContent);
        Assert.Equal("html", count.GetAttribute("data-count-mode"));
    }

    [Fact]
    public void Render_StoredActiveMarkup_IsShownSanitized()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Intro", new HtmlField { Html = "<p>Hi<img src=x onerror=alert(1)></p><script>alert(2)</script>" })).Build();

        var cut = RenderAs<HtmlFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Intro")));

        var html = cut.Find("textarea").TextContent;
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Hi", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithAnError_DescribesIt()
    {
        var cut = RenderAs<HtmlFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, new ContentItemBuilder(Type).Build(), "Intro", "Introduction is required.")));

        AssertDescribedError(cut, "textarea", "Introduction is required.");
    }

    [Fact]
    public void Render_HostileText_StaysTextInsideTheTextarea()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Intro", new HtmlField { Html = "<p>&quot;&gt;&lt;svg onload=alert(1)&gt;</p>" })).Build();

        var cut = RenderAs<HtmlFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Intro", Hostile)));

        Assert.Contains("&lt;svg", cut.Find("textarea").TextContent, StringComparison.Ordinal);
        AssertEncoded(cut);
    }
}
