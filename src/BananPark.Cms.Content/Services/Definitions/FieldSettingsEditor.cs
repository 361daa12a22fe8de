using System.Text.Json.Nodes;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>
/// Reads and writes the settings of one field of a type's own part, in Orchard's settings objects and
/// property names: the display name, hint, <c>Required</c> and our <c>Facet</c> here, the settings only its kind has through the
/// kind's <see cref="Fields.IFieldKindSettings"/>. Only the properties the form edits are written: every other
/// setting, known or not, is kept as it was.
/// </summary>
public sealed class FieldSettingsEditor(IContentDefinitionManager definitions, ContentRules rules)
{
    private const string Common = "ContentPartFieldSettings";
    private const int MaxHintLength = 1000;

    /// <summary>The field with its settings, or null when the type or field does not exist.</summary>
    public async Task<FieldDetails?> GetAsync(string typeName, string fieldName, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(typeName) is not { } type || OwnPart.Of(definition, type).FindField(fieldName) is not { } field)
        {
            return null;
        }

        return new FieldDetails(type.Name, type.DisplayName ?? type.Name, field.Name, field.FieldName, HasRequired(field.FieldName),
            Read(field), rules.Settings(field.FieldName)?.Read(field));
    }

    /// <summary>
    /// Checks and saves the settings, with <paramref name="kindSettings"/> (the kind's <see cref="Fields.IFieldKindSettings.InputType"/>;
    /// null leaves them as they are); nothing is saved when any of them is wrong.
    /// </summary>
    public async Task<EditorResult> SaveAsync(string typeName, string fieldName, FieldSettingsInput input, object? kindSettings = null, CancellationToken cancellationToken = default)
    {
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(cancellationToken));
        if (definition.FindType(typeName) is not { } type || OwnPart.Of(definition, type).FindField(fieldName) is not { } field)
        {
            return EditorResult.Fail($"There is no field '{fieldName}' on the content type '{typeName}'.");
        }

        var kind = kindSettings is null ? null : rules.Settings(field.FieldName)
            ?? throw new ArgumentException($"A {field.FieldName} has no settings of its own.", nameof(kindSettings));
        var problems = Problems(input).Concat(kind?.Problems(kindSettings!, definition) ?? []).ToArray();
        if (problems.Length > 0)
        {
            return EditorResult.Fail(problems);
        }

        Write(field, input);
        kind?.Write(field, kindSettings!);
        await definitions.SaveAsync(definition, cancellationToken);
        return EditorResult.Done($"Saved the settings of the field '{type.Name}.{field.Name}'.");
    }

    private bool HasRequired(string kind) => rules.Kinds.Field(kind)?.HasRequired ?? true;

    private static FieldSettingsInput Read(ContentPartFieldDefinition field)
    {
        var common = field.Settings[Common] as JsonObject;
        var own = field.Settings[field.FieldName + "Settings"] as JsonObject;
        return new FieldSettingsInput
        {
            DisplayName = field.DisplayName,
            Hint = SettingsJson.Text(own, "Hint") ?? SettingsJson.Text(common, "Description"),
            Required = SettingsJson.Bool(own, "Required"),
            Facet = SettingsJson.Bool(common, "Facet"),
        };
    }

    private static IEnumerable<string> Problems(FieldSettingsInput input)
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
    }

    private void Write(ContentPartFieldDefinition field, FieldSettingsInput input)
    {
        var hint = string.IsNullOrWhiteSpace(input.Hint) ? null : input.Hint.Trim();
        var common = ContentTypeEditor.Group(field.Settings, Common);
        common["DisplayName"] = input.DisplayName!.Trim();
        SettingsJson.Set(common, "Description", hint);
        var own = ContentTypeEditor.Group(field.Settings, field.FieldName + "Settings");
        SettingsJson.Set(own, "Hint", hint);
        if (HasRequired(field.FieldName))
        {
            own["Required"] = input.Required;
        }

        // Written only when on (Orchard's files never carry it); a kind that cannot be a facet never gets it.
        common.Remove("Facet");
        if (input.Facet && Core.Search.DirectoryFacets.Kinds.Contains(field.FieldName))
        {
            common["Facet"] = true;
        }
    }
}
