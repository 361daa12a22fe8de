using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>
/// One part or field of an item and the posted inputs for it. Writes touch only the property
/// named: the part and field objects are created when missing, every other property is kept.
/// </summary>
internal sealed class FormSlot(ContentItem item, IFormCollection form, string partName, string? fieldName, string label)
{
    /// <summary>The key of this slot's messages and the prefix of its inputs.</summary>
    public string Path { get; } = fieldName is null ? partName : EditorNames.FieldPath(partName, fieldName);

    public string Label { get; } = label;

    public bool Has(string property) => form.ContainsKey(EditorNames.Input(Path, property));

    public StringValues Values(string property) => form[EditorNames.Input(Path, property)];

    /// <summary>The first posted value, or null.</summary>
    public string? Text(string property) => Values(property).FirstOrDefault();

    /// <summary>The posted value without surrounding whitespace; null when blank.</summary>
    public string? Trimmed(string property) => Text(property)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Posted multi-line text with browser line breaks (CR LF) made LF; null when empty.</summary>
    public string? Multiline(string property) => Text(property)?.ReplaceLineEndings("\n") is { Length: > 0 } text ? text : null;

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
