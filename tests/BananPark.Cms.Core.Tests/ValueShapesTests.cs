using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.Tests;

public sealed class ValueShapesTests
{
    /// <summary>Every field value class of Core, by its kind's name.</summary>
    private static readonly Dictionary<string, ContentFieldKind> Kinds = new ContentFieldKind[]
    {
        TextField.Kind, NumericField.Kind, BooleanField.Kind, DateField.Kind, DateTimeField.Kind, HtmlField.Kind, MarkdownField.Kind,
        LinkField.Kind, ContentPickerField.Kind, MediaField.Kind, MultiTextField.Kind, GeoPointField.Kind,
    }.ToDictionary(k => k.Name);

    [Theory]
    [InlineData("TextField", """{"Text":"Jieshi"}""")]
    [InlineData("TextField", """{"Text":null}""")]
    [InlineData("NumericField", """{"Value":21.73}""")]
    [InlineData("BooleanField", """{"Value":false}""")]
    [InlineData("DateField", """{"Value":"2002-12-01T00:00:00Z"}""")]
    [InlineData("LinkField", """{"Url":"https://example.com","Text":"Site"}""")]
    [InlineData("ContentPickerField", """{"ContentItemIds":["a","b"]}""")]
    [InlineData("MediaField", """{"Paths":[],"MediaTexts":[]}""")]
    [InlineData("MultiTextField", """{"Values":["x"]}""")]
    [InlineData("GeoPointField", """{"Latitude":29.5,"Longitude":-106.25}""")]
    public void Validate_WhenFieldHasItsShape_FindsNoProblem(string kind, string json)
        => Assert.Empty(ValueShapes.Validate(Kinds[kind].Shape, JsonNode.Parse(json), "P.F"));

    [Theory]
    [InlineData("TextField", """{"Text":5}""", "P.F.Text")]
    [InlineData("NumericField", """{"Value":"21.73"}""", "P.F.Value")]
    [InlineData("BooleanField", """{"Value":"true"}""", "P.F.Value")]
    [InlineData("DateField", """{"Value":"December 2002"}""", "P.F.Value")]
    [InlineData("ContentPickerField", """{"ContentItemIds":"abc"}""", "P.F.ContentItemIds")]
    [InlineData("ContentPickerField", """{"ContentItemIds":[1,2]}""", "P.F.ContentItemIds")]
    [InlineData("GeoPointField", """{"Latitude":"29.5","Longitude":106.5}""", "P.F.Latitude")]
    [InlineData("TextField", "\"just text\"", "P.F")]
    public void Validate_WhenFieldHasWrongShape_NamesThePath(string kind, string json, string path)
    {
        var problems = ValueShapes.Validate(Kinds[kind].Shape, JsonNode.Parse(json), "P.F").ToList();

        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains("expected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kinds_HaveOrchardsShapes()
        => Assert.Equal(
            ["BooleanField: Value", "ContentPickerField: ContentItemIds", "DateField: Value", "DateTimeField: Value", "GeoPointField: Latitude Longitude",
             "HtmlField: Html", "LinkField: Url Text Target", "MarkdownField: Markdown", "MediaField: Paths MediaTexts Anchors", "MultiTextField: Values",
             "NumericField: Value", "TextField: Text"],
            Kinds.Values.Select(k => $"{k.Name}: {string.Join(' ', k.Shape.Keys)}").Order(StringComparer.Ordinal));
}
