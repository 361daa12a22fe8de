using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Parts.Title;

/// <summary>A title is required when the type's <c>TitlePartSettings</c> say <c>EditableRequired</c>.</summary>
public sealed class TitlePartRules : PartKindRules<TitlePart>
{
    public override IEnumerable<(string Path, string Message)> Validate(ContentItem item, ContentTypePartDefinition attached)
    {
        if (attached.GetSettings<TitlePartSettings>().Options == TitlePartOptions.EditableRequired
            && !ValueReader.Texts(item.Content[attached.Name] as JsonObject, "Title").Any(ValueReader.NotBlank))
        {
            yield return ($"{attached.Name}.Title", "Title is required.");
        }
    }

    public override string? PropertyLabel(string name) => "Title";
}
