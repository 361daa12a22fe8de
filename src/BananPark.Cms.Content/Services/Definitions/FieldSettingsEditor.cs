using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>
/// Reads and writes the settings of one field of a type's own part, in Orchard's settings objects
/// and property names. Only the properties the form edits are written: every other setting, known
/// or not, is kept as it was.
/// </summary>
public sealed class FieldSettingsEditor(IContentDefinitionManager definitions)
{
    private const string Common = "ContentPartFieldSettings";
    private const int MaxHintLength = 1000;
    private const int MaxOptions = 100;

    /// <summary>The field with its settings, or null when the type or field does not exist.</summary>
    public async Task<FieldDetails?> GetAsync(string typeName, string fieldName, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(typeName) is not { } type || OwnPart.Of(definition, type).FindField(fieldName) is not { } field)
        {
            return null;
        }

        return new FieldDetails(type.Name, type.DisplayName ?? type.Name, field.Name, field.FieldName, Read(field));
    }

    /// <summary>Checks and saves the settings; nothing is saved when any of them is wrong.</summary>
    public async Task<EditorResult> SaveAsync(string typeName, string fieldName, FieldSettingsInput input, CancellationToken cancellationToken = default)
    {
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(cancellationToken));
        if (definition.FindType(typeName) is not { } type || OwnPart.Of(definition, type).FindField(fieldName) is not { } field)
        {
            return EditorResult.Fail($"There is no field '{fieldName}' on the content type '{typeName}'.");
        }

        var problems = Problems(input, field.FieldName, definition).ToArray();
        if (problems.Length > 0)
        {
            return EditorResult.Fail(problems);
        }

        Write(field, input);
        await definitions.SaveAsync(definition, cancellationToken);
        return EditorResult.Done($"Saved the settings of the field '{type.Name}.{field.Name}'.");
    }

    private static FieldSettingsInput Read(ContentPartFieldDefinition field)
    {
        var common = field.Settings[Common] as JsonObject;
        var own = field.Settings[FieldKinds.SettingsName(field.FieldName)] as JsonObject;
        return new FieldSettingsInput
        {
            DisplayName = field.DisplayName,
            Hint = SettingsJson.Text(own, "Hint") ?? SettingsJson.Text(common, "Description"),
            Required = SettingsJson.Bool(own, "Required"),
            Editor = SettingsJson.Text(common, "Editor") ?? "",
            MaxLength = SettingsJson.Integer(own, "MaxLength"),
            Minimum = SettingsJson.Number(own, "Minimum"),
            Maximum = SettingsJson.Number(own, "Maximum"),
            Scale = SettingsJson.Integer(own, "Scale"),
            Multiple = SettingsJson.Bool(own, "Multiple"),
            DisplayedContentTypes = SettingsJson.Texts(own, "DisplayedContentTypes"),
            Options = string.Join("\n", (own?["Options"] as JsonArray ?? []).OfType<JsonObject>().Select(o => MultiTextOptions.Format(o))),
        };
    }

    private static IEnumerable<string> Problems(FieldSettingsInput input, string kind, ContentDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            yield return "Enter a display name.";
        }
        else if (input.DisplayName.Trim().Length > DefinitionNames.MaxDisplayNameLength)
        {
            yield return $"The display name is longer than {DefinitionNames.MaxDisplayNameLength} characters.";
        }

        if (input.Hint?.Trim().Length > MaxHintLength)
        {
            yield return $"The hint is longer than {MaxHintLength} characters.";
        }

        var text = kind == FieldKinds.Text;
        var numeric = kind == FieldKinds.Numeric;
        if (text && !FieldKinds.TextEditors.Contains(input.Editor ?? ""))
        {
            yield return "Choose the standard editor or the text area.";
        }

        if (text && input.MaxLength is < 1)
        {
            yield return "The maximum length must be at least 1 (or empty for no limit).";
        }

        if (numeric && input.Scale is < 0 or > 10)
        {
            yield return "The scale (digits after the decimal point) must be between 0 and 10.";
        }

        if (numeric && input.Minimum > input.Maximum)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"The minimum ({input.Minimum}) is larger than the maximum ({input.Maximum}).");
        }

        var pickable = kind == FieldKinds.ContentPicker ? input.DisplayedContentTypes : [];
        foreach (var unknown in pickable.Where(t => definition.FindType(t) is null))
        {
            yield return $"There is no content type '{unknown}' to pick from.";
        }

        foreach (var problem in kind == FieldKinds.MultiText ? MultiTextOptions.Problems(input.Options, MaxOptions) : [])
        {
            yield return problem;
        }
    }

    private static void Write(ContentPartFieldDefinition field, FieldSettingsInput input)
    {
        var kind = field.FieldName;
        var hint = string.IsNullOrWhiteSpace(input.Hint) ? null : input.Hint.Trim();
        var common = ContentTypeEditor.Group(field.Settings, Common);
        common["DisplayName"] = input.DisplayName!.Trim();
        SettingsJson.Set(common, "Description", hint);
        var own = ContentTypeEditor.Group(field.Settings, FieldKinds.SettingsName(kind));
        SettingsJson.Set(own, "Hint", hint);
        if (FieldKinds.HasRequired(kind))
        {
            own["Required"] = input.Required;
        }

        switch (kind)
        {
            case FieldKinds.Text:
                SettingsJson.Set(common, "Editor", string.IsNullOrEmpty(input.Editor) ? null : input.Editor);
                // MaxLength is not on TextFieldSettings (yet): written through the JSON, as Orchard would name it.
                SettingsJson.Set(own, "MaxLength", input.MaxLength);
                break;
            case FieldKinds.Numeric:
                own["Scale"] = input.Scale ?? 0;
                SettingsJson.Set(own, "Minimum", input.Minimum);
                SettingsJson.Set(own, "Maximum", input.Maximum);
                break;
            case FieldKinds.ContentPicker:
                own["Multiple"] = input.Multiple;
                own["DisplayedContentTypes"] = new JsonArray(input.DisplayedContentTypes.Distinct(StringComparer.Ordinal).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
                own["DisplayAllContentTypes"] = input.DisplayedContentTypes.Count == 0;
                break;
            case FieldKinds.MultiText:
                own["Options"] = MultiTextOptions.ToJson(input.Options, own["Options"] as JsonArray);
                break;
        }
    }
}
