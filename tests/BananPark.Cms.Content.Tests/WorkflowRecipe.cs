namespace BananPark.Cms.Content.Tests;

/// <summary>
/// The types the workflow tests use: an Enterprise with one field of each text-bearing kind
/// (labels differ from names, so a test can tell which one is shown), an Article with a Markdown
/// body, and a Park that lists enterprises.
/// </summary>
internal static class WorkflowRecipe
{
    public const string Definitions = """
    {
      "name": "workflow-tests",
      "steps": [
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "Enterprise",
              "DisplayName": "Enterprise",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "Enterprise", "Name": "Enterprise", "Settings": { "ContentTypePartSettings": { "Position": "1" } } },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
                {
                  "PartName": "AutoroutePart", "Name": "AutoroutePart",
                  "Settings": { "ContentTypePartSettings": { "Position": "3" }, "AutoroutePartSettings": { "Pattern": "enterprises/{{ ContentItem.DisplayText | slugify }}" } }
                }
              ]
            },
            {
              "Name": "Article",
              "DisplayName": "Article",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": {} },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "news/{{ ContentItem.DisplayText | slugify }}" } } }
              ]
            },
            {
              "Name": "Park",
              "DisplayName": "Park",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ListPartSettings": { "ContainedContentTypes": [ "Enterprise" ] } } }
              ]
            }
          ],
          "ContentParts": [
            {
              "Name": "Enterprise",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Short description", "Position": "0" } } },
                { "FieldName": "LinkField", "Name": "Website", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Web site", "Position": "1" } } },
                { "FieldName": "ContentPickerField", "Name": "Group", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Industry group", "Position": "2" } } },
                { "FieldName": "MediaField", "Name": "Logo", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Logo", "Position": "3" } } },
                { "FieldName": "MultiTextField", "Name": "Sectors", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Sectors", "Position": "4" } } },
                { "FieldName": "MarkdownField", "Name": "Notes", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Notes", "Position": "5" } } },
                { "FieldName": "NumericField", "Name": "Employees", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Employees", "Position": "6" } } }
              ]
            }
          ]
        }
      ]
    }
    """;
}
