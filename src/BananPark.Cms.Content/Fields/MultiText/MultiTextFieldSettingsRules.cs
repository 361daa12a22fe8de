using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields.MultiText;

/// <summary>The options a multi-text field offers (<c>MultiTextFieldSettings.Options</c>), at most 100.</summary>
public sealed class MultiTextFieldSettingsRules : FieldKindSettings<MultiTextField, MultiTextFieldSettingsInput>
{
    /// <summary>Most options a field may offer.</summary>
    public const int MaxOptions = 100;

    public override MultiTextFieldSettingsInput Read(ContentPartFieldDefinition field)
        => new() { Options = string.Join("\n", (OwnOf(field)?["Options"] as JsonArray ?? []).OfType<JsonObject>().Select(MultiTextOptions.Format)) };

    public override IEnumerable<string> Problems(MultiTextFieldSettingsInput input, ContentDefinition definition)
        => MultiTextOptions.Problems(input.Options, MaxOptions);

    public override void Write(ContentPartFieldDefinition field, MultiTextFieldSettingsInput input)
    {
        var own = Own(field);
        own["Options"] = MultiTextOptions.ToJson(input.Options, own["Options"] as JsonArray);
    }
}
