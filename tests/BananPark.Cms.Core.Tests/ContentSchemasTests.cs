using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Core.Tests;

public sealed class ContentSchemasTests
{
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
    public void Validate_WhenFieldHasItsShape_FindsNoProblem(string kind, string json)
        => Assert.Empty(ContentSchemas.Validate(ContentSchemas.Fields[kind], JsonNode.Parse(json), "P.F"));

    [Theory]
    [InlineData("TextField", """{"Text":5}""", "P.F.Text")]
    [InlineData("NumericField", """{"Value":"21.73"}""", "P.F.Value")]
    [InlineData("BooleanField", """{"Value":"true"}""", "P.F.Value")]
    [InlineData("DateField", """{"Value":"December 2002"}""", "P.F.Value")]
    [InlineData("ContentPickerField", """{"ContentItemIds":"abc"}""", "P.F.ContentItemIds")]
    [InlineData("ContentPickerField", """{"ContentItemIds":[1,2]}""", "P.F.ContentItemIds")]
    [InlineData("TextField", "\"just text\"", "P.F")]
    public void Validate_WhenFieldHasWrongShape_NamesThePath(string kind, string json, string path)
    {
        var problems = ContentSchemas.Validate(ContentSchemas.Fields[kind], JsonNode.Parse(json), "P.F").ToList();

        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains("expected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_CoverEveryFieldKindTheIssueNames()
        => Assert.Equal(
            ["BooleanField", "ContentPickerField", "DateField", "DateTimeField", "HtmlField", "LinkField", "MarkdownField", "MediaField", "MultiTextField", "NumericField", "TextField"],
            ContentSchemas.Fields.Keys.Order(StringComparer.Ordinal));
}
