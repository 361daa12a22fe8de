using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Services.Content;

/// <summary>What a three-way merge after a save conflict found.</summary>
/// <param name="Merged">The editor's item with the other person's changes taken where the editor left a field alone.</param>
/// <param name="Taken">Fields only the other person changed: their value is now in the form.</param>
/// <param name="Clashes">Fields both changed differently: the editor's value stays in the form, theirs is shown.</param>
public sealed record ConflictResult(ContentItem Merged, IReadOnlyList<FieldChange> Taken, IReadOnlyList<FieldChange> Clashes);

/// <summary>
/// Three-way merge of a refused save, field by field. The edit form carries a short hash of every
/// field as it was shown (the base); a field the editor did not change takes the stored value, a
/// field only the editor changed keeps theirs, and a field both changed is reported as a clash.
/// Nothing the editor typed is dropped.
/// </summary>
public static class ConflictMerge
{
    /// <summary>The hidden input that carries the base hashes.</summary>
    public const string FieldName = "BaseHashes";

    /// <summary>The hashes of every field of <paramref name="item"/>, as one compact JSON object.</summary>
    public static string BaseOf(ContentItem item)
        => JsonSerializer.Serialize(Paths(item).ToDictionary(p => p, p => Hash(Find(item, p)), StringComparer.Ordinal));

    /// <summary>Merges <paramref name="mine"/> (refused) with <paramref name="theirs"/> (stored), labelling the fields with <paramref name="diff"/>.</summary>
    public static ConflictResult Merge(ContentItem mine, ContentItem theirs, string? baseHashes, ContentDefinition definition, ContentDiff diff)
    {
        var bases = Parse(baseHashes);
        var merged = mine.Clone();
        var taken = new List<string>();
        var clashes = new List<string>();
        foreach (var path in Paths(mine).Union(Paths(theirs), StringComparer.Ordinal))
        {
            var my = Find(mine, path);
            var their = Find(theirs, path);
            if (JsonNode.DeepEquals(my, their))
            {
                continue;
            }

            var origin = bases.GetValueOrDefault(path) ?? Hash(null);
            var iChanged = Hash(my) != origin;
            var theyChanged = Hash(their) != origin;
            if (!iChanged && theyChanged)
            {
                Set(merged, path, their?.DeepClone());
                taken.Add(path);
            }
            else if (iChanged && theyChanged)
            {
                clashes.Add(path);
            }
        }

        var changes = diff.Compare(theirs, mine, definition);
        var takenChanges = diff.Compare(mine, merged, definition);
        return new ConflictResult(merged, takenChanges.Where(c => taken.Contains(c.Path)).ToList(), changes.Where(c => clashes.Contains(c.Path)).ToList());
    }

    /// <summary>One path per part property (<c>Part.Field</c>), or per part when the part is not an object.</summary>
    private static IEnumerable<string> Paths(ContentItem item)
        => item.Content.SelectMany(p => p.Value is JsonObject part ? part.Select(f => $"{p.Key}.{f.Key}") : [p.Key]);

    private static JsonNode? Find(ContentItem item, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? item.Content[path] : (item.Content[path[..dot]] as JsonObject)?[path[(dot + 1)..]];
    }

    private static void Set(ContentItem item, string path, JsonNode? value)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            item.Content[path] = value;
            return;
        }

        if (item.Content[path[..dot]] is not JsonObject part)
        {
            part = [];
            item.Content[path[..dot]] = part;
        }

        part[path[(dot + 1)..]] = value;
    }

    private static string Hash(JsonNode? node)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null")))[..16];

    private static Dictionary<string, string> Parse(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) || json.Length > 200_000
                ? []
                : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
