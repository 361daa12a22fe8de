using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>
/// One part or field of an item and the posted inputs for it. Writes touch only the property
/// named: the part and field objects are created when missing, every other property is kept.
/// </summary>
public sealed class FormSlot(ContentItem item, IFormCollection form, string partName, string? fieldName, string label)
{
    /// <summary>The key of this slot's messages and the prefix of its inputs.</summary>
    public string Path { get; } = fieldName is null ? partName : EditorNames.FieldPath(partName, fieldName);

    /// <summary>The part's or field's label; messages start with it.</summary>
    public string Label { get; } = label;

    /// <summary>True when the form posted an input for <paramref name="property"/>.</summary>
    public bool Has(string property) => form.ContainsKey(EditorNames.Input(Path, property));

    /// <summary>Every posted value of <paramref name="property"/>'s input.</summary>
    public StringValues Values(string property) => form[EditorNames.Input(Path, property)];

    /// <summary>The first posted value, or null.</summary>
    public string? Text(string property) => Values(property).FirstOrDefault();

    /// <summary>The posted value without surrounding whitespace; null when blank.</summary>
    public string? Trimmed(string property) => Text(property)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>
    /// The posted, trimmed text of a single-value input, for a binder to parse. False when there is nothing to
    /// parse: the input was not posted (the stored value is kept), or it was posted blank (the stored value is cleared).
    /// </summary>
    public bool TryTakeText(string property, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (!Has(property))
        {
            return false;
        }

        text = Trimmed(property);
        if (text is null)
        {
            Set(property, null);
        }

        return text is not null;
    }

    /// <summary>Posted multi-line text with browser line breaks (CR LF) made LF; null when empty.</summary>
    public string? Multiline(string property) => Text(property)?.ReplaceLineEndings("\n") is { Length: > 0 } text ? text : null;

    /// <summary>A checkbox after its hidden <c>false</c>: checked when any posted value is <c>true</c>.</summary>
    public bool Checked(string property) => Values(property).Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The value <paramref name="property"/> holds now (what was stored, until a write replaces it); null when absent.</summary>
    public JsonNode? Stored(string property)
        => (fieldName is null ? item.Content[partName] : item.Content[partName]?[fieldName]) is JsonObject target ? target[property] : null;

    /// <summary>Writes <paramref name="property"/> of this slot's object (created when missing); other properties are kept.</summary>
    public void Set(string property, JsonNode? value)
    {
        var target = Object(item.Content, partName);
        if (fieldName is not null)
        {
            target = Object(target, fieldName);
        }

        // The JSON reader matches names in any case; drop an old spelling so one value remains.
        foreach (var other in target.Select(p => p.Key).Where(k => k != property && string.Equals(k, property, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            target.Remove(other);
        }

        target[property] = value;
    }

    /// <summary>A JSON array of strings.</summary>
    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonObject Object(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}
