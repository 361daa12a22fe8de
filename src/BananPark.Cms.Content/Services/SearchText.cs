using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BananPark.Cms.Content.Fields;
using BananPark.Cms.Content.Parts;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// The text the admin search looks in: display text plus every text value of the parts, tags
/// stripped, lower-cased, whitespace collapsed, cut at a fixed length. Ids and paths are left out.
/// </summary>
internal sealed partial class SearchText
{
    /// <summary>
    /// Parts and properties that hold ids, paths or settings, not words (the route path would match every item
    /// of a type): the parts whose rules say they are not searched, and every kind's <see cref="IFieldRules.NonTextProperties"/>.
    /// </summary>
    private readonly HashSet<string> _nonText;

    public SearchText(IEnumerable<IFieldRules> fields, IEnumerable<IPartRules> parts)
        => _nonText = fields.SelectMany(f => f.NonTextProperties)
            .Concat(parts.Where(p => !p.Searched).Select(p => p.Kind.Name))
            .ToHashSet(StringComparer.Ordinal);

    public string? For(ContentItem item, int maxLength)
    {
        var text = new StringBuilder(item.DisplayText);
        foreach (var (name, node) in item.Content)
        {
            if (!_nonText.Contains(name))
            {
                Append(node, text);
            }
        }

        var normalized = Whitespace().Replace(Tags().Replace(text.ToString(), " "), " ").Trim().ToLowerInvariant();
        return normalized.Length == 0 ? null : normalized.Length <= maxLength ? normalized : normalized[..maxLength];
    }

    /// <summary>The words of a search box, lower-cased, as the stored text holds them.</summary>
    public static IReadOnlyList<string> Words(string? search)
        => string.IsNullOrWhiteSpace(search) ? [] : search.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();

    private void Append(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, child) in json)
                {
                    if (!_nonText.Contains(name))
                    {
                        Append(child, text);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Append(child, text);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                text.Append(' ').Append(s);
                break;
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
