using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Core.Tests;

public sealed class ContentItemJsonTests
{
    private const string OrchardItem = """
        {
          "ContentItemId": "4x2tqbdmg0k4vbbn1b2rprtv0t",
          "ContentItemVersionId": "4vx8nr1mab7zk0fnh7k6f5n9jm",
          "ContentType": "Enterprise",
          "DisplayText": "Blue Moon",
          "Latest": true,
          "Published": true,
          "ModifiedUtc": "2024-03-01T08:30:00Z",
          "PublishedUtc": "2024-03-01T08:30:00Z",
          "CreatedUtc": "2024-02-01T00:00:00Z",
          "Owner": "admin",
          "Author": "admin",
          "TitlePart": { "Title": "Blue Moon" },
          "Enterprise": { "Website": { "Url": "https://example.com", "Text": null }, "Rating": { "Stars": 5 } },
          "SeoMetaPart": { "PageTitle": "Blue Moon", "Render": true, "Keywords": ["a", "b"] }
        }
        """;

    [Fact]
    public void FromJson_WhenItemHasMetadata_ReadsEveryProperty()
    {
        var item = ContentItemJson.Deserialize(OrchardItem);

        Assert.Equal("4x2tqbdmg0k4vbbn1b2rprtv0t", item.ContentItemId);
        Assert.Equal("4vx8nr1mab7zk0fnh7k6f5n9jm", item.ContentItemVersionId);
        Assert.Equal("Enterprise", item.ContentType);
        Assert.Equal("Blue Moon", item.DisplayText);
        Assert.True(item.Latest);
        Assert.True(item.Published);
        Assert.Equal(new DateTime(2024, 3, 1, 8, 30, 0, DateTimeKind.Utc), item.ModifiedUtc);
        Assert.Equal(DateTimeKind.Utc, item.CreatedUtc!.Value.Kind);
        Assert.Equal("admin", item.Owner);
        Assert.Equal(["TitlePart", "Enterprise", "SeoMetaPart"], item.Content.Select(p => p.Key));
    }

    [Fact]
    public void ToJson_WhenItemHasUnknownPartsAndFields_WritesThemBackUnchanged()
    {
        var original = JsonNode.Parse(OrchardItem)!;

        var written = ContentItemJson.ToJson(ContentItemJson.Deserialize(OrchardItem));

        Assert.True(JsonNode.DeepEquals(original["SeoMetaPart"], written["SeoMetaPart"]));
        Assert.True(JsonNode.DeepEquals(original["Enterprise"], written["Enterprise"]));
        Assert.Equal("2024-03-01T08:30:00Z", written["ModifiedUtc"]!.GetValue<string>());
    }

    [Fact]
    public void FromJson_WhenMetadataNamesDifferInCase_MatchesThem()
    {
        var item = ContentItemJson.Deserialize("""{"contentitemid":"abc","contenttype":"Park","published":true}""");

        Assert.Equal("abc", item.ContentItemId);
        Assert.Equal("Park", item.ContentType);
        Assert.True(item.Published);
        Assert.Empty(item.Content);
    }

    [Theory]
    [InlineData("""{"ContentItemId": 5}""", "ContentItemId")]
    [InlineData("""{"Published": "yes"}""", "Published")]
    [InlineData("""{"ModifiedUtc": "last tuesday"}""", "ModifiedUtc")]
    public void FromJson_WhenMetadataHasWrongType_ThrowsNamingTheProperty(string json, string property)
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => ContentItemJson.Deserialize(json));

        Assert.Contains(property, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clone_WhenCloneChanges_LeavesOriginalAlone()
    {
        var item = ContentItemJson.Deserialize(OrchardItem);

        var copy = item.Clone();
        copy.Content["TitlePart"]!["Title"] = "Changed";

        Assert.Equal("Blue Moon", item.Content["TitlePart"]!["Title"]!.GetValue<string>());
    }
}
