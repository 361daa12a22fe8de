using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields.GeoPoint;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using static BananPark.Cms.Testing.DefinitionBuilder;

namespace BananPark.Cms.Content.Tests.Fields;

public sealed class GeoPointFieldRulesTests
{
    private const string Type = "Site";

    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("GeoPointField", "Location", "Location", Settings(("GeoPointFieldSettings", new JsonObject { ["Required"] = true })))
        .Field("GeoPointField", "Gate", "Main gate")
        .Build();

    [Theory]
    [InlineData(29.5, 106.5)]
    [InlineData(-90, -180)]
    [InlineData(90, 180)]
    [InlineData(0, 0)]
    public void Validate_WhenBothCoordinatesAreInRange_FindsNoProblem(double latitude, double longitude)
        => Assert.Empty(Validate(Point((decimal)latitude, (decimal)longitude), gate: null));

    [Theory]
    [InlineData(90.0001, 0, "Main gate: the latitude must be between -90 and 90 degrees.")]
    [InlineData(-91, 0, "Main gate: the latitude must be between -90 and 90 degrees.")]
    [InlineData(0, 180.5, "Main gate: the longitude must be between -180 and 180 degrees.")]
    [InlineData(0, -181, "Main gate: the longitude must be between -180 and 180 degrees.")]
    public void Validate_WhenACoordinateIsOutOfRange_NamesIt(double latitude, double longitude, string message)
        => Assert.Equal(("Site.Gate", message), Assert.Single(Validate(Point(29.5m, 106.5m), Point((decimal)latitude, (decimal)longitude))));

    [Theory]
    [InlineData("""{"Latitude":29.5}""")]
    [InlineData("""{"Longitude":106.5}""")]
    [InlineData("""{"Latitude":29.5,"Longitude":null}""")]
    public void Validate_WhenOnlyOneCoordinateIsGiven_AsksForBothOrNeither(string gate)
        => Assert.Equal(("Site.Gate", "Main gate: enter both the latitude and the longitude, or neither."),
            Assert.Single(Validate(Point(29.5m, 106.5m), JsonNode.Parse(gate)!.AsObject())));

    [Fact]
    public void Validate_WhenRequiredAndEmpty_SaysItIsRequiredButAnOptionalOneMayStayEmpty()
    {
        Assert.Equal(("Site.Location", "Location is required."), Assert.Single(Validate(location: null, gate: null)));
        Assert.Equal(("Site.Location", "Location is required."), Assert.Single(Validate(new JsonObject(), new JsonObject())));
    }

    [Fact]
    public void Text_ShowsLatitudeThenLongitudeForPeople()
    {
        var field = Definition.FindPart(Type)!.Fields[0];

        Assert.Equal("29.5, 106.50", new GeoPointFieldRules().Text(Point(29.5m, 106.50m), field));
        Assert.Null(new GeoPointFieldRules().Text([], field));
    }

    [Fact]
    public void Diff_WhenAPointMoves_ShowsBothPoints()
    {
        var before = Item(Point(29.5m, 106.5m), null);
        var after = Item(Point(29.6m, 106.5m), null);

        Assert.Equal(new FieldChange("Site.Location", "Location", "29.5, 106.5", "29.6, 106.5"), Assert.Single(KindServices.Diff.Compare(before, after, Definition)));
    }

    [Fact]
    public void Shape_WhenACoordinateIsText_IsRefusedOnEveryWrite()
    {
        var item = Item(JsonNode.Parse("""{"Latitude":"29.5","Longitude":106.5}""")!.AsObject(), null);

        var problem = Assert.Single(ContentItemValidator.Validate(item, Definition, KindServices.Rules));

        Assert.Equal("Site.Location.Latitude", problem.Path);
    }

    private static IReadOnlyList<(string Path, string Message)> Validate(JsonObject? location, JsonObject? gate)
        => KindServices.Rules.ValidateSettings(Item(location, gate), Definition.FindType(Type)!, Definition);

    private static ContentItem Item(JsonObject? location, JsonObject? gate)
        => new ContentItemBuilder(Type).With(i =>
        {
            i.Content[Type] = new JsonObject();
            if (location is not null)
            {
                i.Content[Type]!["Location"] = location;
            }

            if (gate is not null)
            {
                i.Content[Type]!["Gate"] = gate;
            }
        }).Build();

    private static JsonObject Point(decimal latitude, decimal longitude)
        => JsonSerializer.SerializeToNode(new GeoPointField { Latitude = latitude, Longitude = longitude }, ContentJson.Options)!.AsObject();
}
