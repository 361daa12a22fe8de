using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Redis.Tests;

/// <summary>One draftable type with a title, enough to publish and schedule items from a node.</summary>
internal static class NoticeRecipe
{
    public const string Definitions = """
    {
      "name": "redis-tests",
      "steps": [
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "Notice",
              "DisplayName": "Notice",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } }
              ]
            }
          ],
          "ContentParts": []
        }
      ]
    }
    """;

    public static ContentItem Notice(string title) => new ContentItemBuilder("Notice").WithTitle(title).Build();
}
