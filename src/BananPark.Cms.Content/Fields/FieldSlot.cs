using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields;

/// <summary>One field of an item as the rules see it.</summary>
/// <param name="Path">Where the value lives, <c>{Part}.{Field}</c> (e.g. <c>Enterprise.Website</c>): the key of its messages.</param>
/// <param name="Label">The field's display name; messages start with it.</param>
/// <param name="Field">The field's definition (kind and settings).</param>
/// <param name="Value">The stored field object, or null when absent or not an object.</param>
public sealed record FieldSlot(string Path, string Label, ContentPartFieldDefinition Field, JsonObject? Value)
{
    /// <summary>The fields of an item as its type defines them, part by part.</summary>
    public static IEnumerable<FieldSlot> Of(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
    {
        foreach (var attached in type.Parts)
        {
            if (definition.FindPart(attached.PartName) is not { } part)
            {
                continue;
            }

            var partJson = item.Content[attached.Name] as JsonObject;
            foreach (var field in part.Fields)
            {
                var value = partJson is null ? null : ValueReader.Property(partJson, field.Name) as JsonObject;
                yield return new FieldSlot($"{attached.Name}.{field.Name}", field.DisplayName, field, value);
            }
        }
    }

    /// <summary>The string values of the property <paramref name="name"/> (any case).</summary>
    public IEnumerable<string?> Texts(string name) => ValueReader.Texts(Value, name);

    /// <summary>The strings of the array property <paramref name="name"/> (any case).</summary>
    public IEnumerable<string?> TextArray(string name) => ValueReader.TextArray(Value, name);

    /// <summary>The numbers of the property <paramref name="name"/> (any case).</summary>
    public IEnumerable<decimal> Numbers(string name) => ValueReader.Numbers(Value, name);

    /// <summary>"{Label} is required." when <paramref name="required"/> and nothing is <paramref name="present"/>.</summary>
    public string? Required(bool required, bool present) => RuleMessages.Required(Label, required, present);

    /// <summary>"{Label}: at most … characters" when <paramref name="count"/> is over <paramref name="max"/>.</summary>
    public string? TooLong(int count, int max) => RuleMessages.TooLong(Label, count, max);
}
