using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Markdown;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class MarkdownFieldEditorTests : EditorTest
{
    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("MarkdownField", "Notes", "Notes", DefinitionBuilder.Settings(("MarkdownFieldSettings", new JsonObject { ["Hint"] = "Markdown." })))
        .Build();

    [Fact]
    public void Render_ShowsTheSourceAndItsSanitizedPreview()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Notes", new MarkdownField { Markdown = "## 巴南\n\n[x](javascript:alert(1)) <script>alert(2)</script>" })).Build();

        var cut = RenderAs<MarkdownFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Notes")));

        var textarea = cut.Find("textarea#ed-Article-Notes");
        Assert.Equal("Article.Notes.Markdown", textarea.GetAttribute("name"));
        Assert.Equal("markdown", textarea.GetAttribute("data-editor"));
        Assert.Equal(MarkdownPreviewEndpoints.Path, textarea.GetAttribute("data-preview-url"));
        Assert.StartsWith("## 巴南", textarea.TextContent, StringComparison.Ordinal);
        Assert.Equal("Notes", LabelOf(cut, "ed-Article-Notes"));
        Assert.Equal("Markdown.", cut.Find("#ed-Article-Notes-hint").TextContent);
        var preview = cut.Find("details #ed-Article-Notes-preview");
        Assert.Equal("巴南", preview.QuerySelector("h2")?.TextContent);
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.DoesNotContain("javascript:", preview.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("of max 200,000", cut.Find("#ed-Article-Notes-count").TextContent.Split(' ', 3)[2]);
    }

    [Fact]
    public void Render_WithAnError_DescribesIt()
    {
        var cut = RenderAs<MarkdownFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, new ContentItemBuilder(Type).Build(), "Notes", "Notes is required.")));

        AssertDescribedError(cut, "textarea", "Notes is required.");
    }

    [Fact]
    public void Render_HostileText_IsEncodedInTheSourceAndThePreview()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Notes", new MarkdownField { Markdown = Hostile })).Build();

        var cut = RenderAs<MarkdownFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Notes", Hostile)));

        Assert.Equal(Hostile, cut.Find("textarea").TextContent);
        AssertEncoded(cut);
    }
}
