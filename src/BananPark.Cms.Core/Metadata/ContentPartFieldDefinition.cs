using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Metadata;

/// <summary>A field on a part: its kind (<see cref="FieldName"/>) and its name on the part.</summary>
public sealed class ContentPartFieldDefinition
{
    /// <summary>The field kind, e.g. <c>TextField</c>.</summary>
    public string FieldName { get; set; } = "";

    /// <summary>The property name under which the part stores the value.</summary>
    public string Name { get; set; } = "";

    /// <summary>Settings keyed by class name (<c>ContentPartFieldSettings</c>, <c>NumericFieldSettings</c>, …).</summary>
    public JsonObject Settings { get; set; } = [];

    /// <summary>Anything else the record carried.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Sort key from <c>ContentPartFieldSettings.Position</c>.</summary>
    [JsonIgnore]
    public double Position => SettingsReader.Position(Settings, "ContentPartFieldSettings");

    /// <summary>Display name from <c>ContentPartFieldSettings</c>, or the field name.</summary>
    [JsonIgnore]
    public string DisplayName => SettingsReader.GetString(Settings, "ContentPartFieldSettings", "DisplayName") ?? Name;

    /// <summary>Reads one settings object as <typeparamref name="T"/>.</summary>
    public T GetSettings<T>() where T : new() => SettingsReader.Read<T>(Settings);
}
