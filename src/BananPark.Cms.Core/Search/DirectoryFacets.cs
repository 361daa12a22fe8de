using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Core.Search;

/// <summary>
/// The facets of a type, read from its definition: its container's type when list items of another type hold it
/// (the enterprise's cluster), then each field of its parts marked <c>Facet</c> whose kind is one of <see cref="Kinds"/>,
/// in the type's order. Parameter names are unique and never <see cref="TextParameter"/> or <see cref="PageParameter"/>.
/// Worked out once per definition document (documents are replaced, never changed).
/// </summary>
public static class DirectoryFacets
{
    /// <summary>The query parameter of the list page's text search.</summary>
    public const string TextParameter = "q";

    /// <summary>The query parameter of the list page's page number.</summary>
    public const string PageParameter = "page";

    /// <summary>Most characters of a facet value; longer text values are not offered.</summary>
    public const int MaxValueLength = 255;

    /// <summary>Most values of one facet a request selects; further ones are ignored.</summary>
    public const int MaxSelectedValues = 20;

    internal const string ContentPickerKind = "ContentPickerField";

    /// <summary>The field kinds that can be facets.</summary>
    public static IReadOnlySet<string> Kinds { get; } = new HashSet<string>(StringComparer.Ordinal) { ContentPickerKind, "TextField", "BooleanField" };

    private static readonly ConditionalWeakTable<ContentDefinition, Dictionary<string, IReadOnlyList<DirectoryFacet>>> Computed = [];

    /// <summary>The facets of <paramref name="typeName"/> (none for an unknown type).</summary>
    public static IReadOnlyList<DirectoryFacet> Of(ContentDefinition definition, string typeName)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var byType = Computed.GetValue(definition, _ => new Dictionary<string, IReadOnlyList<DirectoryFacet>>(StringComparer.Ordinal));
        lock (byType)
        {
            if (!byType.TryGetValue(typeName, out var facets))
            {
                byType[typeName] = facets = Read(definition, typeName);
            }

            return facets;
        }
    }

    private static List<DirectoryFacet> Read(ContentDefinition definition, string typeName)
    {
        var facets = new List<DirectoryFacet>();
        if (definition.FindType(typeName) is not { } type)
        {
            return facets;
        }

        void Add(DirectoryFacet facet)
        {
            if (facet.Name is not (TextParameter or PageParameter) && !facets.Exists(f => f.Name == facet.Name))
            {
                facets.Add(facet);
            }
        }

        foreach (var container in definition.Types.Where(t => t.HasPart("ListPart") && Contains(t, typeName)))
        {
            Add(new DirectoryFacet(container.Name.ToLowerInvariant(), container.DisplayName ?? container.Name, FacetSource.Container, ContentPickerKind));
        }

        foreach (var part in type.OrderedParts)
        {
            foreach (var field in (definition.FindPart(part.PartName)?.Fields ?? []).OrderBy(f => f.Position))
            {
                if (Kinds.Contains(field.FieldName) && field.GetSettings<Metadata.Settings.ContentPartFieldSettings>().Facet)
                {
                    Add(new DirectoryFacet(field.Name.ToLowerInvariant(), field.DisplayName, FacetSource.Field, field.FieldName, part.Name, field.Name));
                }
            }
        }

        return facets;
    }

    private static bool Contains(ContentTypeDefinition container, string typeName)
        => container.Parts.Where(p => p.PartName == "ListPart")
            .Any(p => p.Settings["ListPartSettings"] is JsonObject s && s["ContainedContentTypes"] is JsonArray types
                && types.Any(t => t is JsonValue v && v.TryGetValue<string>(out var name) && name == typeName));

    /// <summary>True when <paramref name="value"/> can be a facet value: not empty, short, no control characters (a NUL never reaches the database).</summary>
    public static bool IsValue(string? value)
        => !string.IsNullOrEmpty(value) && value.Length <= MaxValueLength && !value.Any(char.IsControl);
}
