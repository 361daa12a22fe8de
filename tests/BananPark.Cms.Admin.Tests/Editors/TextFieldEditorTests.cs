using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Text;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class TextFieldEditorTests : EditorTest
{
    private static readonly Core.Metadata.ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("TextField", "Name", "Company name", DefinitionBuilder.Settings(("TextFieldSettings", new JsonObject { ["Required"] = true, ["Hint"] = "As registered.", ["MaxLength"] = 40 })))
        .Field("TextField", "Summary", "Summary", DefinitionBuilder.Settings(("ContentPartFieldSettings", new JsonObject { ["Editor"] = "TextArea", ["Description"] = "A few sentences." })))
        .Build();

    [Fact]
    public void Render_SingleLine_ShowsValueLabelHintRequiredAndCount()
    {
        var item = new ContentItemBuilder(Type).WithText("Name", "重庆巴南").Build();

        var cut = RenderAs<TextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Name")));

        var input = cut.Find("input#ed-Article-Name");
        Assert.Equal("text", input.GetAttribute("type"));
        Assert.Equal("Article.Name.Text", input.GetAttribute("name"));
        Assert.Equal("重庆巴南", input.GetAttribute("value"));
        Assert.Equal("true", input.GetAttribute("aria-required"));
        Assert.Equal("Company name (required)", LabelOf(cut, "ed-Article-Name"));
        Assert.Equal("As registered.", cut.Find("#ed-Article-Name-hint").TextContent);
        Assert.Equal("4 characters of max 40", cut.Find("#ed-Article-Name-count").TextContent);
        Assert.Equal("ed-Article-Name-hint ed-Article-Name-count", input.GetAttribute("aria-describedby"));
        Assert.Null(input.GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Render_TextAreaEditor_ShowsATextareaWithTheMultilineDefaultLimit()
    {
        var item = new ContentItemBuilder(Type).WithText("Summary", "Line one\nLine two").Build();

        var cut = RenderAs<TextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Summary")));

        var textarea = cut.Find("textarea#ed-Article-Summary");
        Assert.Equal("Article.Summary.Text", textarea.GetAttribute("name"));
        Assert.Equal("Line one\nLine two", textarea.TextContent);
        Assert.Equal("Summary", LabelOf(cut, "ed-Article-Summary"));
        Assert.Equal("A few sentences.", cut.Find("#ed-Article-Summary-hint").TextContent);
        Assert.Equal("17 characters of max 20,000", cut.Find("#ed-Article-Summary-count").TextContent);
        Assert.Empty(cut.FindAll("input[name='Article.Summary.Text']"));
    }

    [Fact]
    public void Render_WithAnError_MarksTheInputInvalidAndDescribesIt()
    {
        var item = new ContentItemBuilder(Type).Build();

        var cut = RenderAs<TextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Name", "Company name is required.")));

        AssertDescribedError(cut, "input#ed-Article-Name", "Company name is required.");
        Assert.Equal("0 characters of max 40", cut.Find("#ed-Article-Name-count").TextContent);
    }

    [Fact]
    public void Render_HostileText_IsEncoded()
    {
        var item = new ContentItemBuilder(Type).WithText("Name", Hostile).WithText("Summary", Hostile).Build();

        var line = RenderAs<TextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Name", Hostile)));
        var area = RenderAs<TextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Summary")));

        Assert.Equal(Hostile, line.Find("input").GetAttribute("value"));
        Assert.Equal(Hostile, area.Find("textarea").TextContent);
        AssertEncoded(line);
        AssertEncoded(area);
    }
}
