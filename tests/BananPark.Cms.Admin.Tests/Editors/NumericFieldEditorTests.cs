using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Numeric;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class NumericFieldEditorTests : EditorTest
{
    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("NumericField", "Area", "Area (km²)", DefinitionBuilder.Settings(("NumericFieldSettings", new JsonObject
        {
            ["Required"] = true,
            ["Scale"] = 2,
            ["Minimum"] = 0,
            ["Maximum"] = 100000,
            ["Hint"] = "Approved area.",
        })))
        .Field("NumericField", "Order", "Order")
        .Build();

    [Fact]
    public void Render_ShowsTheValueWithStepMinMaxFromTheSettings()
    {
        var item = new ContentItemBuilder(Type).WithNumber("Area", 21.73m).Build();

        var cut = RenderAs<NumericFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Area")));

        var input = cut.Find("input#ed-Article-Area");
        Assert.Equal("number", input.GetAttribute("type"));
        Assert.Equal("Article.Area.Value", input.GetAttribute("name"));
        Assert.Equal("21.73", input.GetAttribute("value"));
        Assert.Equal("0.01", input.GetAttribute("step"));
        Assert.Equal("0", input.GetAttribute("min"));
        Assert.Equal("100000", input.GetAttribute("max"));
        Assert.Equal("Area (km²) (required)", LabelOf(cut, "ed-Article-Area"));
        Assert.Equal("Approved area.", cut.Find("#ed-Article-Area-hint").TextContent);
    }

    [Fact]
    public void Render_WithoutScale_StepsByWholeNumbersAndHasNoBounds()
    {
        var item = new ContentItemBuilder(Type).Build();

        var cut = RenderAs<NumericFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Order", "Order: enter a whole number.")));

        var input = cut.Find("input#ed-Article-Order");
        Assert.Equal("1", input.GetAttribute("step"));
        Assert.Null(input.GetAttribute("min"));
        Assert.Null(input.GetAttribute("value"));
        AssertDescribedError(cut, "input#ed-Article-Order", "Order: enter a whole number.");
    }

    [Fact]
    public void Render_HostileMessage_IsEncoded()
    {
        var item = new ContentItemBuilder(Type).Build();
        item.Content[Type] = new JsonObject { ["Order"] = new JsonObject { ["Value"] = Hostile } };

        var cut = RenderAs<NumericFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Order", Hostile)));

        AssertEncoded(cut);
    }
}
