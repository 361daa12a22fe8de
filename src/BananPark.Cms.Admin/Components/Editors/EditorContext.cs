using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Components.Editors;

/// <summary>
/// What one part or field editor needs: where its value lives, its label, hint, required mark and
/// messages, and the ids that tie them together for assistive technology. An editor may change what
/// its settings decide (<c>Context with { Required = true }</c>).
/// </summary>
public sealed record EditorContext
{
    // Every kind's settings (TextFieldSettings, LinkFieldSettings, …) name the flag the same way.
    private const string RequiredSetting = "Required";

    public required ContentItem Item { get; init; }

    public required ContentDefinition Definition { get; init; }

    /// <summary>The part as attached to the type.</summary>
    public required ContentTypePartDefinition Part { get; init; }

    /// <summary>The field, or null for a part editor.</summary>
    public ContentPartFieldDefinition? Field { get; init; }

    /// <summary><c>{Part}</c> or <c>{Part}.{Field}</c>: the prefix of the inputs and the key of the messages.</summary>
    public required string Path { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>Messages for this editor: keyed by its path or a property under it.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>The posted form when the page is shown again after a post.</summary>
    public IFormCollection? Form { get; init; }

    /// <summary>The stored JSON of the field (or of the part, for a part editor); null when absent.</summary>
    public JsonObject? Value => Field is null ? PartJson : PartJson?[Field.Name] as JsonObject;

    /// <summary>The stored JSON whatever its shape, for showing data no editor knows.</summary>
    public JsonNode? RawValue => Field is null ? Item.Content[Part.Name] : PartJson?[Field.Name];

    public string Id => EditorNames.Id(Path);

    public string LabelId => Id + "-label";

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    public string CountId => Id + "-count";

    public string? Invalid => Errors.Count > 0 ? "true" : null;

    public string? AriaRequired => Required ? "true" : null;

    private JsonObject? PartJson => Item.Content[Part.Name] as JsonObject;

    /// <summary>The input name of <paramref name="property"/>.</summary>
    public string Name(string property) => EditorNames.Input(Path, property);

    /// <summary>The ids that describe the input: hint, character count (when it has one), messages; null when none.</summary>
    public string? DescribedBy(bool counted = false)
    {
        var ids = new List<string>(3);
        if (Hint is not null)
        {
            ids.Add(HintId);
        }

        if (counted)
        {
            ids.Add(CountId);
        }

        if (Errors.Count > 0)
        {
            ids.Add(ErrorId);
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    /// <summary>A string property of <see cref="Value"/>, or null.</summary>
    public string? Text(string property) => Value?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The strings of an array property of <see cref="Value"/>.</summary>
    public IReadOnlyList<string> Texts(string property)
        => Value?[property] is JsonArray array
            ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];

    /// <summary>The field's settings of type <typeparamref name="T"/>, or the part's for a part editor.</summary>
    public T Settings<T>() where T : new() => Field is null ? Part.GetSettings<T>() : Field.GetSettings<T>();

    /// <summary>The context of a part editor.</summary>
    public static EditorContext ForPart(ContentItem item, ContentDefinition definition, ContentTypePartDefinition part, string label,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? errors, IFormCollection? form, bool required = false, string? hint = null)
        => new()
        {
            Item = item,
            Definition = definition,
            Part = part,
            Path = part.Name,
            Label = label,
            Required = required,
            Hint = hint,
            Errors = ErrorsFor(errors, part.Name),
            Form = form,
        };

    /// <summary>The context of a field editor: label from the field, hint from its kind's settings (or its description), required from its kind's settings.</summary>
    public static EditorContext ForField(ContentItem item, ContentDefinition definition, ContentTypePartDefinition part, ContentPartFieldDefinition field,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? errors, IFormCollection? form)
    {
        var path = EditorNames.FieldPath(part.Name, field.Name);
        var kindSettings = field.FieldName + "Settings";
        return new()
        {
            Item = item,
            Definition = definition,
            Part = part,
            Field = field,
            Path = path,
            Label = field.DisplayName,
            Hint = SettingsReader.GetString(field.Settings, kindSettings, "Hint") ?? field.GetSettings<ContentPartFieldSettings>().Description,
            Required = field.Settings[kindSettings]?[RequiredSetting] is JsonValue required && required.TryGetValue<bool>(out var isRequired) && isRequired,
            Errors = ErrorsFor(errors, path),
            Form = form,
        };
    }

    private static List<string> ErrorsFor(IReadOnlyDictionary<string, IReadOnlyList<string>>? errors, string path)
        => errors is null
            ? []
            : errors.Where(e => e.Key == path || e.Key.StartsWith(path + ".", StringComparison.Ordinal)).SelectMany(e => e.Value).Distinct().ToList();
}
