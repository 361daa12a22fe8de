using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.MultiText;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class MultiTextFieldEditorTests : EditorTest
{
    [Fact]
    public void Render_WithOptions_ShowsACheckboxPerOptionTickedWhenStored()
    {
        var options = new JsonArray(
            new JsonObject { ["Name"] = "Electronics", ["Value"] = "electronics" },
            new JsonObject { ["Name"] = "Jewellery", ["Value"] = "jewellery" });
        var definition = new DefinitionBuilder(Type).Field("MultiTextField", "Sectors", "Sectors",
            DefinitionBuilder.Settings(("MultiTextFieldSettings", new JsonObject { ["Options"] = options, ["Required"] = true }))).Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Sectors", new MultiTextField { Values = ["jewellery"] })).Build();

        var cut = RenderAs<MultiTextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Sectors", "Sectors is required.")));

        Assert.Equal("Sectors (required)", cut.Find("legend").TextContent);
        Assert.Equal("", cut.Find("input[type=hidden][name='Article.Sectors.Values']").GetAttribute("value"));
        var boxes = cut.FindAll("input[type=checkbox][name='Article.Sectors.Values']");
        Assert.Equal(["electronics", "jewellery"], boxes.Select(b => b.GetAttribute("value")));
        Assert.Equal([false, true], boxes.Select(b => b.HasAttribute("checked")));
        Assert.Equal(["Electronics", "Jewellery"], boxes.Select(b => LabelOf(cut, b.Id!)));
        Assert.Contains("Sectors is required.", cut.Find("#" + cut.Find("fieldset").GetAttribute("aria-describedby")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutOptions_ShowsOneValuePerLine()
    {
        var definition = new DefinitionBuilder(Type).Field("MultiTextField", "Tags", "Tags").Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Tags", new MultiTextField { Values = ["重庆", "Banan"] })).Build();

        var cut = RenderAs<MultiTextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Tags")));

        var textarea = cut.Find("textarea#ed-Article-Tags");
        Assert.Equal("Article.Tags.Values", textarea.GetAttribute("name"));
        Assert.Equal("重庆\nBanan", textarea.TextContent);
        Assert.Equal("Tags", LabelOf(cut, "ed-Article-Tags"));
        Assert.Equal("One value per line.", cut.Find("#" + textarea.GetAttribute("aria-describedby")).TextContent);
    }

    [Fact]
    public void Render_HostileValues_AreEncoded()
    {
        var options = new JsonArray(new JsonObject { ["Name"] = Hostile, ["Value"] = Hostile });
        var definition = new DefinitionBuilder(Type).Field("MultiTextField", "Sectors", "Sectors", DefinitionBuilder.Settings(("MultiTextFieldSettings", new JsonObject { ["Options"] = options })))
            .Field("MultiTextField", "Tags", "Tags").Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Tags", new MultiTextField { Values = [Hostile] })).Build();

        var boxes = RenderAs<MultiTextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Sectors", Hostile)));
        var lines = RenderAs<MultiTextFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Tags")));

        AssertEncoded(boxes);
        AssertEncoded(lines);
        Assert.Equal(Hostile, lines.Find("textarea").TextContent);
    }
}
