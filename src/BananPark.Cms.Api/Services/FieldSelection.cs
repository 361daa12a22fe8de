using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// What <c>fields=</c> keeps of each item: metadata by name (<c>DisplayText</c>), whole parts (<c>TitlePart</c>) and
/// single fields (<c>Enterprise.Website</c>). <c>ContentItemId</c> and <c>ContentType</c> are always kept.
/// </summary>
public sealed class FieldSelection
{
    private readonly HashSet<string> _names;

    private FieldSelection(HashSet<string> names) => _names = names;

    /// <summary>Parses <paramref name="value"/> against the parts and fields of <paramref name="types"/>; null with the names that match nothing.</summary>
    public static FieldSelection? Parse(string value, IEnumerable<ContentTypeDefinition> types, ContentDefinition definition, out IReadOnlyList<string> unknown)
    {
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var known = KnownNames(types, definition);
        unknown = names.Count == 0 ? [value] : names.Where(n => !known.Contains(n) && !ContentItemJson.IsMetadata(n)).ToList();
        return unknown.Count == 0 ? new FieldSelection(names) : null;
    }

    /// <summary>True when the whole property (metadata or part) is kept.</summary>
    public bool KeepsProperty(string name)
        => name is nameof(ContentItem.ContentItemId) or nameof(ContentItem.ContentType) || _names.Contains(name)
            || (ContentItemJson.IsMetadata(name) && _names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The fields of <paramref name="part"/> that are kept when the part itself is not.</summary>
    public IReadOnlySet<string> FieldsOf(string part)
        => _names.Where(n => n.StartsWith(part + ".", StringComparison.Ordinal)).Select(n => n[(part.Length + 1)..]).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> KnownNames(IEnumerable<ContentTypeDefinition> types, ContentDefinition definition)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in types.SelectMany(t => t.Parts))
        {
            known.Add(part.Name);
            foreach (var field in definition.FindPart(part.PartName)?.Fields ?? [])
            {
                known.Add($"{part.Name}.{field.Name}");
            }
        }

        return known;
    }
}
