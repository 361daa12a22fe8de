using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields.ContentPicker;

/// <summary>Whether several items may be picked, and from which types (<c>ContentPickerFieldSettings</c>).</summary>
public sealed class ContentPickerFieldSettingsRules : FieldKindSettings<ContentPickerField, ContentPickerFieldSettingsInput>
{
    public override ContentPickerFieldSettingsInput Read(ContentPartFieldDefinition field)
    {
        var own = OwnOf(field);
        return new() { Multiple = SettingsJson.Bool(own, "Multiple"), DisplayedContentTypes = SettingsJson.Texts(own, "DisplayedContentTypes") };
    }

    public override IEnumerable<string> Problems(ContentPickerFieldSettingsInput input, ContentDefinition definition)
        => input.DisplayedContentTypes.Where(t => definition.FindType(t) is null).Select(unknown => $"There is no content type '{unknown}' to pick from.");

    public override void Write(ContentPartFieldDefinition field, ContentPickerFieldSettingsInput input)
    {
        var own = Own(field);
        own["Multiple"] = input.Multiple;
        own["DisplayedContentTypes"] = new JsonArray(input.DisplayedContentTypes.Distinct(StringComparer.Ordinal).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        own["DisplayAllContentTypes"] = input.DisplayedContentTypes.Count == 0;
    }
}
