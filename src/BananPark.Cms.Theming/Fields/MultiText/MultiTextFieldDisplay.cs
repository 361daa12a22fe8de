using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.MultiText;

/// <summary>The values by their option labels (the value itself when no option has it), comma-separated.</summary>
public sealed class MultiTextFieldDisplay : FieldKindDisplay<MultiTextField>
{
    protected override string? Render(FieldDisplayContext context)
    {
        // Read tolerantly from the JSON: a malformed option in an imported definition must not break the page.
        var options = (context.Field.Settings[MultiTextField.Kind.SettingsName]?["Options"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        return DisplayValues.Join(DisplayValues.Texts(context.Value, "Values").Select(value => Label(options, value)).Select(DisplayValues.Encode));
    }

    private static string Label(List<JsonObject> options, string value)
        => options.Where(o => Text(o, "Value") == value).Select(o => Text(o, "Name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? value;

    private static string? Text(JsonObject json, string name)
        => json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
