using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Metadata;

/// <summary>
/// A content type, stored as data in Orchard's record shape. <see cref="Settings"/> is keyed
/// by settings class name (<c>ContentTypeSettings</c>, …) and kept whole, known or not.
/// </summary>
public sealed class ContentTypeDefinition
{
    /// <summary>Technical name, e.g. <c>Enterprise</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Name shown to editors.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Settings objects keyed by settings class name.</summary>
    public JsonObject Settings { get; set; } = [];

    /// <summary>The parts attached to the type, in stored order.</summary>
    [JsonPropertyName("ContentTypePartDefinitionRecords")]
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    /// <summary>Anything else the record carried, written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The <c>ContentTypeSettings</c> flags.</summary>
    [JsonIgnore]
    public ContentTypeSettings TypeSettings => SettingsReader.Read<ContentTypeSettings>(Settings);

    /// <summary>Parts ordered by their <c>Position</c> setting, then stored order.</summary>
    [JsonIgnore]
    public IEnumerable<ContentTypePartDefinition> OrderedParts
        => Parts.Select((p, i) => (p, i)).OrderBy(x => x.p.Position).ThenBy(x => x.i).Select(x => x.p);

    /// <summary>The part attached under <paramref name="name"/>, or null.</summary>
    public ContentTypePartDefinition? FindPart(string name)
        => Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>True when the type carries a part of kind <paramref name="partName"/>.</summary>
    public bool HasPart(string partName) => Parts.Any(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));
}
