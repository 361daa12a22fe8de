using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Metadata;

/// <summary>A part definition with its fields, e.g. the <c>Enterprise</c> part.</summary>
public sealed class ContentPartDefinition
{
    /// <summary>Part name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Settings keyed by class name (<c>ContentPartSettings</c>, …).</summary>
    public JsonObject Settings { get; set; } = [];

    /// <summary>The part's fields.</summary>
    [JsonPropertyName("ContentPartFieldDefinitionRecords")]
    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    /// <summary>Anything else the record carried.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Fields ordered by their <c>Position</c> setting, then stored order.</summary>
    [JsonIgnore]
    public IEnumerable<ContentPartFieldDefinition> OrderedFields
        => Fields.Select((f, i) => (f, i)).OrderBy(x => x.f.Position).ThenBy(x => x.i).Select(x => x.f);
}
