using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.GeoPoint;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class GeoPointFieldEditorTests : EditorTest
{
    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("GeoPointField", "Location", "Location", DefinitionBuilder.Settings(("GeoPointFieldSettings", new JsonObject { ["Required"] = true, ["Hint"] = "Where the gate is." })))
        .Field("GeoPointField", "Office", "Office")
        .Build();

    [Fact]
    public void Render_ShowsTwoLabelledNumberInputsWithTheStoredCoordinates()
    {
        var item = new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["Location"] = new JsonObject { ["Latitude"] = 29.5m, ["Longitude"] = -106.25m } }).Build();

        var cut = RenderAs<GeoPointFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Location")));

        var latitude = cut.Find("input#ed-Article-Location");
        var longitude = cut.Find("input#ed-Article-Location-longitude");
        Assert.Equal(("number", "Article.Location.Latitude", "29.5", "-90", "90", "any"),
            (latitude.GetAttribute("type"), latitude.GetAttribute("name"), latitude.GetAttribute("value"), latitude.GetAttribute("min"), latitude.GetAttribute("max"), latitude.GetAttribute("step")));
        Assert.Equal(("number", "Article.Location.Longitude", "-106.25", "-180", "180"),
            (longitude.GetAttribute("type"), longitude.GetAttribute("name"), longitude.GetAttribute("value"), longitude.GetAttribute("min"), longitude.GetAttribute("max")));
        Assert.Equal(("Latitude", "Longitude"), (LabelOf(cut, "ed-Article-Location"), LabelOf(cut, "ed-Article-Location-longitude")));
        Assert.Equal("Location (required)", cut.Find("legend").TextContent);
        Assert.Equal(("true", "true"), (latitude.GetAttribute("aria-required"), longitude.GetAttribute("aria-required")));
        Assert.Equal("Where the gate is.", cut.Find("#ed-Article-Location-hint").TextContent);
        Assert.Equal("ed-Article-Location-hint ed-Article-Location-degrees", latitude.GetAttribute("aria-describedby"));
        Assert.Contains("north of the equator", cut.Find("#ed-Article-Location-degrees").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithAnError_MarksBothInputsInvalidAndDescribesThem()
    {
        var item = new ContentItemBuilder(Type).Build();

        var cut = RenderAs<GeoPointFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Office", "Office: enter both the latitude and the longitude, or neither.")));

        AssertDescribedError(cut, "input#ed-Article-Office", "enter both the latitude and the longitude");
        AssertDescribedError(cut, "input#ed-Article-Office-longitude", "enter both the latitude and the longitude");
        Assert.Null(cut.Find("input#ed-Article-Office").GetAttribute("value"));
        Assert.Null(cut.Find("input#ed-Article-Office").GetAttribute("aria-required"));
    }

    [Fact]
    public void Render_HostileValueAndMessage_AreEncoded()
    {
        var item = new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["Office"] = new JsonObject { ["Latitude"] = Hostile } }).Build();

        var cut = RenderAs<GeoPointFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Office", Hostile)));

        Assert.Equal(Hostile, cut.Find("input#ed-Article-Office").GetAttribute("value"));
        AssertEncoded(cut);
    }
}
