using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Theming.Tests;

/// <summary>Values of every kind, rendered by the registered displays without a host (pickers over a fake of the published items).</summary>
public sealed class FieldDisplayTests
{
    [Theory]
    [InlineData("TextField", """{"Text":"Cars & <b>screens</b>"}""", "Cars &amp; &lt;b&gt;screens&lt;/b&gt;")]
    [InlineData("TextField", """{"Text":"重庆 \"Banan\"\r\nline two"}""", "重庆 &quot;Banan&quot;<br>line two")]
    [InlineData("NumericField", """{"Value":12500}""", "12,500")]
    [InlineData("NumericField", """{"Value":4.5}""", "4.5")]
    [InlineData("BooleanField", """{"Value":true}""", "Yes")]
    [InlineData("BooleanField", """{"Value":false}""", "No")]
    [InlineData("DateField", """{"Value":"2002-12-01"}""", "<time datetime=\"2002-12-01\">1 December 2002</time>")]
    [InlineData("DateTimeField", """{"Value":"2026-03-04T13:05:00Z"}""", "<time datetime=\"2026-03-04T13:05:00Z\">4 March 2026, 13:05 UTC</time>")]
    [InlineData("HtmlField", """{"Html":"<p onclick=\"x()\">Hi<script>alert(1)</script></p>"}""", "<p>Hi</p>")]
    [InlineData("MarkdownField", """{"Markdown":"**Bold** <i>raw</i>"}""", "<p><strong>Bold</strong> &lt;i&gt;raw&lt;/i&gt;</p>\n")]
    [InlineData("LinkField", """{"Url":"https://example.com/?a=1&b=2","Text":"Site"}""", "<a href=\"https://example.com/?a=1&amp;b=2\" rel=\"noopener nofollow\">Site</a>")]
    [InlineData("LinkField", """{"Url":"javascript:alert(1)","Text":"Click <me>"}""", "Click &lt;me&gt;")]
    [InlineData("MultiTextField", """{"Values":["cars","<x>"]}""", "Cars, &lt;x&gt;")]
    [InlineData("GeoPointField", """{"Latitude":29.5,"Longitude":-106.250}""",
        "<span class=\"geo h-geo\"><span class=\"latitude p-latitude\">29.5</span>, <span class=\"longitude p-longitude\">-106.250</span></span>")]
    public async Task RenderAsync_RendersTheValueSafelyForItsKind(string kind, string value, string expected)
        => Assert.Equal(expected, await RenderAsync(Field(kind), value));

    [Theory]
    [InlineData("TextField", """{"Text":"  "}""")]
    [InlineData("TextField", """{"Text":null}""")]
    [InlineData("NumericField", """{"Value":null}""")]
    [InlineData("BooleanField", """{}""")]
    [InlineData("DateField", """{"Value":"December 2002"}""")]
    [InlineData("HtmlField", """{"Html":"<script>alert(1)</script>"}""")]
    [InlineData("LinkField", """{"Url":null,"Text":null}""")]
    [InlineData("LinkField", """{"Url":"javascript:alert(1)"}""")]
    [InlineData("MultiTextField", """{"Values":[]}""")]
    [InlineData("MediaField", """{"Paths":["logo.png"]}""")]
    [InlineData("GeoPointField", """{"Latitude":29.5}""")]
    [InlineData("GeoPointField", """{"Latitude":"29.5","Longitude":106.5}""")]
    [InlineData("ContentPickerField", """{"ContentItemIds":[]}""")]
    [InlineData("SpaceshipField", """{"Text":"x"}""")]
    [InlineData("TextField", "\"not an object\"")]
    public async Task RenderAsync_WhenThereIsNothingToShow_ReturnsNull(string kind, string value)
        => Assert.Null(await RenderAsync(Field(kind), value));

    [Fact]
    public async Task RenderAsync_NumericField_ShowsTheFieldsScale()
    {
        var field = Field("NumericField");
        field.Settings["NumericFieldSettings"] = new JsonObject { ["Scale"] = 2 };

        Assert.Equal("1,234.50", await RenderAsync(field, """{"Value":1234.5}"""));
    }

    [Fact]
    public async Task RenderAsync_ContentPickerField_LinksThePublishedItemsInOrderInOneRead()
    {
        var published = new FakePublishedContent(
            ContentItemSnapshot.Parse("""{"ContentItemId":"g2","ContentType":"Group","DisplayText":"Huaxi & co","AutoroutePart":{"Path":"groups/huaxi"}}"""),
            ContentItemSnapshot.Parse("""{"ContentItemId":"g1","ContentType":"Group","DisplayText":"Jieshi"}"""));

        var html = await RenderAsync(Field("ContentPickerField"), """{"ContentItemIds":["g2","gone","g1","g2"]}""", published);

        Assert.Equal("<a href=\"/groups/huaxi\">Huaxi &amp; co</a>, Jieshi", html);
        Assert.Equal([["g2", "gone", "g1"]], published.Reads);
    }

    private static ValueTask<string?> RenderAsync(ContentPartFieldDefinition field, string value, IPublishedContent? content = null)
        => KindServices.Displays.RenderAsync(field, JsonSerializer.Deserialize<JsonElement>(value), content ?? new FakePublishedContent(), KindServices.RichText, TestContext.Current.CancellationToken);

    private static ContentPartFieldDefinition Field(string kind)
    {
        var field = new ContentPartFieldDefinition { FieldName = kind, Name = "Value" };
        if (kind == "MultiTextField")
        {
            field.Settings["MultiTextFieldSettings"] = JsonNode.Parse("""{"Options":[{"Name":"Cars","Value":"cars"}]}""");
        }

        return field;
    }
}
