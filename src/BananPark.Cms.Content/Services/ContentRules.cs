using BananPark.Cms.Content.Fields;
using BananPark.Cms.Content.Parts;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// The rules a content item's values must meet, from the rules registered beside each field and part kind
/// (<see cref="IFieldRules"/>, <see cref="IPartRules"/>) and the type's settings. No storage. Problems come as
/// (path, message): the path is <c>{Part}.{Field}</c> (e.g. <c>Enterprise.Website</c>) or
/// <c>{Part}.{Property}</c> (e.g. <c>TitlePart.Title</c>), the message a sentence for editors that starts with
/// the field's label. Kinds without rules are not checked.
/// </summary>
public sealed class ContentRules
{
    private readonly Dictionary<string, IFieldRules> _fields;
    private readonly Dictionary<string, IPartRules> _parts;
    private readonly Dictionary<string, IFieldKindSettings> _settings;

    public ContentRules(ContentKinds kinds, IEnumerable<IFieldRules> fields, IEnumerable<IPartRules> parts, IEnumerable<IFieldKindSettings> settings)
    {
        Kinds = kinds;
        _fields = ByName(fields, r => r.Kind.Name, "rules of the field kind");
        _parts = ByName(parts, r => r.Kind.Name, "rules of the part");
        _settings = ByName(settings, s => s.Kind.Name, "settings of the field kind");
        Search = new SearchText(_fields.Values, _parts.Values);
    }

    /// <summary>The field and part kinds the host knows.</summary>
    public ContentKinds Kinds { get; }

    /// <summary>What the admin search reads of an item.</summary>
    internal SearchText Search { get; }

    /// <summary>The rules of a field kind, or null when it has none (unknown kinds among them).</summary>
    public IFieldRules? Field(string kind) => _fields.GetValueOrDefault(kind);

    /// <summary>The rules of a part kind, or null when it has none.</summary>
    public IPartRules? Part(string name) => _parts.GetValueOrDefault(name);

    /// <summary>The settings only this field kind has, or null when it has none of its own.</summary>
    public IFieldKindSettings? Settings(string kind) => _settings.GetValueOrDefault(kind);

    /// <summary>Rules that protect every write, imports included (<see cref="IFieldRules.ValidateWrite"/>: link schemes).</summary>
    public IReadOnlyList<(string Path, string Message)> ValidateSafety(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
    {
        var problems = new List<(string, string)>();
        foreach (var slot in FieldSlot.Of(item, type, definition))
        {
            if (Field(slot.Field.FieldName)?.ValidateWrite(slot) is { } problem)
            {
                problems.Add((slot.Path, problem));
            }
        }

        return problems;
    }

    /// <summary>
    /// The editor rules: required values, lengths in text elements, numeric bounds and decimals, how many
    /// items a picker holds. Picked items' types are not checked (see the overload).
    /// </summary>
    public IReadOnlyList<(string Path, string Message)> ValidateSettings(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
        => ValidateSettings(item, type, definition, null);

    /// <summary>
    /// The editor rules, plus: each picked item whose type is in <paramref name="pickedItemTypes"/>
    /// (content item id → content type; see <see cref="PickedItemIds"/>) must be of a type the picker allows.
    /// </summary>
    public IReadOnlyList<(string Path, string Message)> ValidateSettings(
        ContentItem item, ContentTypeDefinition type, ContentDefinition definition, IReadOnlyDictionary<string, string>? pickedItemTypes)
    {
        var problems = new List<(string, string)>();
        foreach (var attached in type.Parts)
        {
            problems.AddRange(Part(attached.PartName)?.Validate(item, attached) ?? []);
        }

        var context = new FieldRuleContext(definition, pickedItemTypes);
        foreach (var slot in FieldSlot.Of(item, type, definition))
        {
            if (Field(slot.Field.FieldName)?.Validate(slot, context) is { } problem)
            {
                problems.Add((slot.Path, problem));
            }
        }

        return problems;
    }

    /// <summary>Every content item id the item's fields reference, for looking up their types.</summary>
    public IReadOnlyList<string> PickedItemIds(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
        => FieldSlot.Of(item, type, definition)
            .SelectMany(s => Field(s.Field.FieldName)?.ReferencedItemIds(s) ?? [])
            .Distinct(StringComparer.Ordinal).ToList();

    private static Dictionary<string, T> ByName<T>(IEnumerable<T> all, Func<T, string> name, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var one in all)
        {
            if (!map.TryAdd(name(one), one))
            {
                throw new InvalidOperationException($"The {what} '{name(one)}' are registered twice.");
            }
        }

        return map;
    }
}
