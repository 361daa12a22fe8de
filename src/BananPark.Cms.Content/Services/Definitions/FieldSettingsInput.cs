namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>
/// The settings every field has, as the field page edits them, in Orchard's settings objects:
/// <c>ContentPartFieldSettings</c> and the kind's <c>{Kind}Settings</c>. The settings only one kind has
/// are edited beside them, as that kind's <see cref="Fields.IFieldKindSettings.InputType"/>.
/// </summary>
public sealed class FieldSettingsInput
{
    /// <summary><c>ContentPartFieldSettings.DisplayName</c>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Help for editors: <c>ContentPartFieldSettings.Description</c> and the kind's <c>Hint</c>.</summary>
    public string? Hint { get; set; }

    /// <summary>The kind's <c>Required</c>, for kinds that have it (<see cref="Core.ContentManagement.Kinds.ContentFieldKind.HasRequired"/>).</summary>
    public bool Required { get; set; }

    /// <summary><c>ContentPartFieldSettings.Facet</c>: the type's list page filters by the field's values (kinds in <see cref="Core.Search.DirectoryFacets.Kinds"/>).</summary>
    public bool Facet { get; set; }
}

/// <summary>A field of a type's own part with its current settings.</summary>
/// <param name="TypeName">The type's technical name.</param>
/// <param name="TypeDisplayName">The type's display name.</param>
/// <param name="Name">The field's technical name.</param>
/// <param name="Kind">The field's kind, e.g. <c>TextField</c>.</param>
/// <param name="HasRequired">Whether the kind's settings have <c>Required</c> (unknown kinds: true).</param>
/// <param name="Settings">The settings every field has, as the form shows them.</param>
/// <param name="KindSettings">The settings only its kind has (a <see cref="Fields.IFieldKindSettings.InputType"/>), or null when it has none.</param>
public sealed record FieldDetails(string TypeName, string TypeDisplayName, string Name, string Kind, bool HasRequired, FieldSettingsInput Settings, object? KindSettings)
{
    /// <summary>Whether the kind can be a facet of the type's list page.</summary>
    public bool CanBeFacet => Core.Search.DirectoryFacets.Kinds.Contains(Kind);
}
