namespace BananPark.Cms.Core.Search;

/// <summary>Where a facet's values come from.</summary>
public enum FacetSource
{
    /// <summary>The item's container (<c>ContainedPart.ListContentItemId</c>): values are the containers' item ids.</summary>
    Container,

    /// <summary>A field of the type marked <c>ContentPartFieldSettings.Facet</c>.</summary>
    Field,
}

/// <summary>One facet of a type's list page (e.g. the directory's cluster or group).</summary>
/// <param name="Name">The query parameter (<c>?group=…</c>): the field's (or container type's) name in lower case.</param>
/// <param name="DisplayName">The label visitors see.</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="Kind">The field kind (<c>ContentPickerField</c>, <c>TextField</c>, <c>BooleanField</c>); for a container, <c>ContentPickerField</c> (values are item ids).</param>
/// <param name="PartName">The part the field is on; null for a container.</param>
/// <param name="FieldName">The field's name on the part; null for a container.</param>
public sealed record DirectoryFacet(string Name, string DisplayName, FacetSource Source, string Kind, string? PartName = null, string? FieldName = null)
{
    /// <summary>True when the values are item ids (a picker or a container), shown by the items' display text.</summary>
    public bool ValuesAreItems => Kind == DirectoryFacets.ContentPickerKind;
}
