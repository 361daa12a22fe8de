using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Testing;

/// <summary>
/// A content definition in code: one type, its parts in the order added, and fields on the type's
/// own part (attached where the first field is added). Settings are Orchard's JSON, keyed by class.
/// </summary>
public sealed class DefinitionBuilder(string typeName)
{
    private readonly ContentTypeDefinition _type = new()
    {
        Name = typeName,
        DisplayName = typeName,
        Settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true } },
    };

    private readonly ContentPartDefinition _ownPart = new() { Name = typeName };
    private readonly List<ContentTypeDefinition> _otherTypes = [];

    /// <summary>Attaches a part (e.g. <c>TitlePart</c>) with its type-level settings.</summary>
    public DefinitionBuilder Part(string partName, JsonObject? settings = null)
    {
        var all = settings ?? [];
        all["ContentTypePartSettings"] = new JsonObject { ["Position"] = _type.Parts.Count.ToString(CultureInfo.InvariantCulture) };
        _type.Parts.Add(new ContentTypePartDefinition { PartName = partName, Name = partName, Settings = all });
        return this;
    }

    /// <summary>Adds a field to the type's own part; <paramref name="settings"/> holds e.g. <c>TextFieldSettings</c>.</summary>
    public DefinitionBuilder Field(string kind, string name, string? displayName = null, JsonObject? settings = null)
    {
        if (_type.FindPart(typeName) is null)
        {
            Part(typeName);
        }

        var all = settings ?? [];
        var common = all["ContentPartFieldSettings"] as JsonObject ?? [];
        common["DisplayName"] = displayName ?? name;
        common["Position"] = _ownPart.Fields.Count.ToString(CultureInfo.InvariantCulture);
        all["ContentPartFieldSettings"] = common;
        _ownPart.Fields.Add(new ContentPartFieldDefinition { FieldName = kind, Name = name, Settings = all });
        return this;
    }

    /// <summary>Another type, e.g. one a picker may offer.</summary>
    public DefinitionBuilder OtherType(string name, string? displayName = null, bool listable = true)
    {
        _otherTypes.Add(new ContentTypeDefinition
        {
            Name = name,
            DisplayName = displayName ?? name,
            Settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Listable"] = listable } },
        });
        return this;
    }

    public ContentDefinition Build()
    {
        var definition = new ContentDefinition { Types = [_type, .. _otherTypes], Parts = _ownPart.Fields.Count > 0 ? [_ownPart] : [] };
        return ContentDefinitionJson.Clone(definition);
    }

    /// <summary>Settings JSON from (class name, settings) pairs.</summary>
    public static JsonObject Settings(params (string Class, JsonObject Values)[] groups)
        => new(groups.Select(g => KeyValuePair.Create(g.Class, (JsonNode?)g.Values)));
}
