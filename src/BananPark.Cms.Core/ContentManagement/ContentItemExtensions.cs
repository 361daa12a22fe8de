using System.Text.Json;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>Typed access to the raw JSON parts and fields of a <see cref="ContentItem"/>.</summary>
public static class ContentItemExtensions
{
    /// <summary>The part named like <typeparamref name="T"/>, or null when the item has none.</summary>
    public static T? As<T>(this ContentItem item) where T : class => item.Get<T>(typeof(T).Name);

    /// <summary>The part stored under <paramref name="name"/>, read as <typeparamref name="T"/>.</summary>
    public static T? Get<T>(this ContentItem item, string name) where T : class
        => item.Content[name] is JsonObject json ? json.Deserialize<T>(ContentJson.Options) : null;

    /// <summary>A field of a part, or null when absent.</summary>
    public static T? GetField<T>(this ContentItem item, string partName, string fieldName) where T : class
        => item.Content[partName] is JsonObject part && part[fieldName] is JsonObject field
            ? field.Deserialize<T>(ContentJson.Options)
            : null;

    /// <summary>
    /// Writes a typed part back, property by property: properties the type does not declare
    /// (written by a newer version or another system) are kept.
    /// </summary>
    public static void Apply<T>(this ContentItem item, T part, string? name = null) where T : class
    {
        name ??= typeof(T).Name;
        var incoming = JsonSerializer.SerializeToNode(part, ContentJson.Options) as JsonObject ?? [];
        if (item.Content[name] is not JsonObject existing)
        {
            item.Content[name] = incoming;
            return;
        }

        foreach (var (key, value) in incoming.ToList())
        {
            existing[key] = value?.DeepClone();
        }
    }

    /// <summary>Sets one field of a part, creating the part when needed.</summary>
    public static void SetField<T>(this ContentItem item, string partName, string fieldName, T field) where T : class
    {
        if (item.Content[partName] is not JsonObject part)
        {
            part = [];
            item.Content[partName] = part;
        }

        part[fieldName] = JsonSerializer.SerializeToNode(field, ContentJson.Options);
    }
}
