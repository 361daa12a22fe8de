using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Metadata;

/// <summary>A part attached to a type. <see cref="Name"/> differs from <see cref="PartName"/>
/// when the same part is attached twice (Orchard's named parts).</summary>
public sealed class ContentTypePartDefinition
{
    /// <summary>The part's kind, e.g. <c>TitlePart</c>, or the type's own part.</summary>
    public string PartName { get; set; } = "";

    /// <summary>The property name under which items store this part.</summary>
    public string Name { get; set; } = "";

    /// <summary>Settings keyed by class name (<c>ContentTypePartSettings</c>, <c>AutoroutePartSettings</c>, …).</summary>
    public JsonObject Settings { get; set; } = [];

    /// <summary>Anything else the record carried.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Sort key from <c>ContentTypePartSettings.Position</c> (a string in Orchard's format).</summary>
    [JsonIgnore]
    public double Position => SettingsReader.Position(Settings, "ContentTypePartSettings");

    /// <summary>Display name from <c>ContentTypePartSettings</c>, or the part name.</summary>
    [JsonIgnore]
    public string DisplayName => SettingsReader.GetString(Settings, "ContentTypePartSettings", "DisplayName") ?? Name;

    /// <summary>Reads one settings object as <typeparamref name="T"/>.</summary>
    public T GetSettings<T>() where T : new() => SettingsReader.Read<T>(Settings);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({PartName})");
}
