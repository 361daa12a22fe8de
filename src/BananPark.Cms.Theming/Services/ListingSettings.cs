using System.Runtime.CompilerServices;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// A type's public list page (e.g. the enterprise directory at <c>/enterprises</c>), set in the
/// type's settings under <c>ListingSettings</c>. Types with a path here are also in the site navigation.
/// </summary>
public sealed class ListingSettings
{
    /// <summary>URL path of the list page, without slashes.</summary>
    public string? Path { get; set; }

    /// <summary>Heading and navigation label.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Introductory sentence under the heading.</summary>
    public string? Description { get; set; }

    /// <summary>Items per page; empty: the site's <c>PageSize</c> setting.</summary>
    public int? PageSize { get; set; }

    /// <summary>Position in the navigation.</summary>
    public int Position { get; set; }

    private static readonly ConditionalWeakTable<ContentDefinition, IReadOnlyList<(ContentTypeDefinition, ListingSettings)>> Computed = [];

    /// <summary>
    /// The listing of every type that has one, in navigation order; worked out once per definition document
    /// (documents are replaced, never changed, once committed), since every page asks.
    /// </summary>
    public static IReadOnlyList<(ContentTypeDefinition Type, ListingSettings Listing)> All(ContentDefinition definition)
        => Computed.GetValue(definition, Read);

    private static IReadOnlyList<(ContentTypeDefinition Type, ListingSettings Listing)> Read(ContentDefinition definition)
        => definition.Types
            .Select(t => (Type: t, Listing: SettingsReader.Read<ListingSettings>(t.Settings)))
            .Where(x => !string.IsNullOrWhiteSpace(x.Listing.Path))
            .OrderBy(x => x.Listing.Position).ThenBy(x => x.Type.Name, StringComparer.Ordinal)
            .ToList();
}
