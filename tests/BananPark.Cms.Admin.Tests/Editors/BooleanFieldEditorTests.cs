using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Boolean;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class BooleanFieldEditorTests : EditorTest
{
    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("BooleanField", "Featured", "Featured", DefinitionBuilder.Settings(("BooleanFieldSettings", new JsonObject { ["Label"] = "Show on the home page", ["Hint"] = "At most six." })))
        .Build();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Render_ShowsTheCheckboxAfterAHiddenFalse(bool value)
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Featured", new BooleanField { Value = value })).Build();

        var cut = RenderAs<BooleanFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Featured")));

        var inputs = cut.FindAll("input[name='Article.Featured.Value']");
        Assert.Equal(["hidden", "checkbox"], inputs.Select(i => i.GetAttribute("type")));
        Assert.Equal(["false", "true"], inputs.Select(i => i.GetAttribute("value")));
        Assert.Equal(value, inputs[1].HasAttribute("checked"));
        Assert.Equal("Show on the home page", LabelOf(cut, "ed-Article-Featured"));
        Assert.Equal("ed-Article-Featured-hint", inputs[1].GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Render_WithAnError_DescribesIt()
    {
        var item = new ContentItemBuilder(Type).Build();

        var cut = RenderAs<BooleanFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Featured", "Featured: six are already featured.")));

        AssertDescribedError(cut, "input[type=checkbox]", "Featured: six are already featured.");
    }

    [Fact]
    public void Render_HostileLabel_IsEncoded()
    {
        var definition = new DefinitionBuilder(Type).Field("BooleanField", "Featured", Hostile).Build();

        var cut = RenderAs<BooleanFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, new ContentItemBuilder(Type).Build(), "Featured", Hostile)));

        Assert.Equal(Hostile, LabelOf(cut, "ed-Article-Featured"));
        AssertEncoded(cut);
    }
}
