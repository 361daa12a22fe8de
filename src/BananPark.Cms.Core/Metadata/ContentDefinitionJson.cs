using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Core.Metadata;

/// <summary>Conversions of definitions to and from Orchard's record JSON, and deep merges.</summary>
public static class ContentDefinitionJson
{
    /// <summary>The definition document as JSON (<c>ContentTypes</c>, <c>ContentParts</c>).</summary>
    public static JsonObject ToJson(ContentDefinition definition)
        => (JsonObject)JsonSerializer.SerializeToNode(definition, ContentJson.Options)!;

    /// <summary>Reads the definition document.</summary>
    public static ContentDefinition FromJson(JsonObject json)
        => json.Deserialize<ContentDefinition>(ContentJson.Options) ?? new ContentDefinition();

    /// <summary>A deep copy, safe to change.</summary>
    public static ContentDefinition Clone(ContentDefinition definition) => FromJson(ToJson(definition));

    /// <summary>
    /// Merges <paramref name="source"/> into <paramref name="target"/>: objects merge property by
    /// property, anything else (arrays included) replaces. This is how a recipe alters settings.
    /// </summary>
    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject incoming && target[key] is JsonObject existing)
            {
                Merge(existing, incoming);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
