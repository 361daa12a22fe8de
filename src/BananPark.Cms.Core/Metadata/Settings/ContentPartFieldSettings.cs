namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings every field has, whatever its kind.</summary>
public sealed class ContentPartFieldSettings
{
    /// <summary>Label shown to editors and visitors.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Help text for editors.</summary>
    public string? Description { get; set; }

    /// <summary>Sort key, a string in Orchard's format.</summary>
    public string? Position { get; set; }

    /// <summary>Editor variant, e.g. <c>TextArea</c>.</summary>
    public string? Editor { get; set; }

    /// <summary>
    /// The type's public list page offers the field's values as a facet (a filter with counts); only kinds in
    /// <see cref="Search.DirectoryFacets.Kinds"/> (a content picker, text, yes/no). Our setting, not Orchard's.
    /// </summary>
    public bool Facet { get; set; }
}
