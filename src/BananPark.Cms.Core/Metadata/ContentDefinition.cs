using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Metadata;

/// <summary>All type and part definitions of a tenant: one document, cached as a whole.</summary>
public sealed class ContentDefinition
{
    /// <summary>The content types.</summary>
    [JsonPropertyName("ContentTypes")]
    public List<ContentTypeDefinition> Types { get; set; } = [];

    /// <summary>The part definitions (with fields).</summary>
    [JsonPropertyName("ContentParts")]
    public List<ContentPartDefinition> Parts { get; set; } = [];

    /// <summary>The type named <paramref name="name"/>, or null.</summary>
    public ContentTypeDefinition? FindType(string name)
        => Types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    /// <summary>The part definition named <paramref name="name"/>, or null.</summary>
    public ContentPartDefinition? FindPart(string name)
        => Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
