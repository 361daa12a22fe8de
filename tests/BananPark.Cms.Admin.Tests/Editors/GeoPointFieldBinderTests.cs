using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.GeoPoint;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class GeoPointFieldBinderTests
{
    private const string Type = "Article";

    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type).Field("GeoPointField", "Location", "Location").Build();

    private static ContentPartFieldDefinition Field => Definition.FindPart(Type)!.Fields[0];

    [Fact]
    public void Bind_WhenBothAreNumbers_StoresOrchardsShape()
    {
        var item = new ContentItemBuilder(Type).Build();

        Assert.Null(Bind(item, ("Article.Location.Latitude", " 29.5 "), ("Article.Location.Longitude", "-106.25")));

        Assert.Equal("""{"Latitude":29.5,"Longitude":-106.25}""", item.Content[Type]!["Location"]!.ToJsonString());
        Assert.Equal((29.5m, -106.25m), item.GetField<GeoPointField>(Type, "Location") is { } point ? (point.Latitude, point.Longitude) : default);
    }

    [Theory]
    [InlineData("29,5", "106.5", "Location: enter the latitude as a number of degrees, such as 29.5 or -33.9.")]
    [InlineData("29.5", "east", "Location: enter the longitude as a number of degrees, such as 106.5 or -70.6.")]
    public void Bind_WhenANumberCannotBeRead_ReportsItAndKeepsTheOldPoint(string latitude, string longitude, string message)
    {
        var item = Stored();
        var before = item.Content.ToJsonString();

        Assert.Equal(message, Bind(item, ("Article.Location.Latitude", latitude), ("Article.Location.Longitude", longitude)));

        Assert.Equal(before, item.Content.ToJsonString());
    }

    [Fact]
    public void Bind_EmptyInputs_ClearThePointAndUnpostedOnesKeepIt()
    {
        var cleared = Stored();
        var untouched = Stored();

        Assert.Null(Bind(cleared, ("Article.Location.Latitude", ""), ("Article.Location.Longitude", " ")));
        Assert.Null(Bind(untouched, ("Article.Other.Text", "x")));

        Assert.Equal("""{"Latitude":null,"Longitude":null}""", cleared.Content[Type]!["Location"]!.ToJsonString());
        Assert.Equal("""{"Latitude":1,"Longitude":2}""", untouched.Content[Type]!["Location"]!.ToJsonString());
    }

    [Fact]
    public void ItemFormBinder_UsesTheGeoPointBinderForTheKind()
    {
        var item = new ContentItemBuilder(Type).Build();

        var problems = AdminKindServices.Binder.Bind(item, Definition.FindType(Type)!, Definition, Form(("Article.Location.Latitude", "x"), ("Article.Location.Longitude", "1")));

        Assert.Equal(("Article.Location", "Location: enter the latitude as a number of degrees, such as 29.5 or -33.9."), Assert.Single(problems));
    }

    private static ContentItem Stored()
        => new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["Location"] = new JsonObject { ["Latitude"] = 1, ["Longitude"] = 2 } }).Build();

    private static string? Bind(ContentItem item, params (string Name, string Value)[] values)
        => new GeoPointFieldBinder().Bind(new FormSlot(item, Form(values), Type, "Location", "Location"), Field);

    private static FormCollection Form(params (string Name, string Value)[] values)
        => new(values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(v => v.Value).ToArray())));
}
