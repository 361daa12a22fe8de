namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>
/// A field's settings as the field page edits them; which ones apply depends on the kind.
/// Written in Orchard's settings objects: <c>ContentPartFieldSettings</c> and <c>{Kind}Settings</c>.
/// </summary>
public sealed class FieldSettingsInput
{
    /// <summary><c>ContentPartFieldSettings.DisplayName</c>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Help for editors: <c>ContentPartFieldSettings.Description</c> and the kind's <c>Hint</c>.</summary>
    public string? Hint { get; set; }

    /// <summary>The kind's <c>Required</c>, for kinds that have it (<see cref="FieldKinds.HasRequired"/>).</summary>
    public bool Required { get; set; }

    /// <summary>Text fields: <c>ContentPartFieldSettings.Editor</c>, empty (standard) or <c>TextArea</c>.</summary>
    public string? Editor { get; set; }

    /// <summary>Text fields: most characters allowed, <c>TextFieldSettings.MaxLength</c>; null for no limit.</summary>
    public int? MaxLength { get; set; }

    /// <summary>Numeric fields: smallest value allowed.</summary>
    public decimal? Minimum { get; set; }

    /// <summary>Numeric fields: largest value allowed.</summary>
    public decimal? Maximum { get; set; }

    /// <summary>Numeric fields: digits after the decimal point, 0 to 10; null means 0.</summary>
    public int? Scale { get; set; }

    /// <summary>Content picker fields: more than one item may be picked.</summary>
    public bool Multiple { get; set; }

    /// <summary>Content picker fields: the types items may be picked from; none means any type.</summary>
    public IReadOnlyList<string> DisplayedContentTypes { get; set; } = [];

    /// <summary>Multi-text fields: one option per line, <c>Label</c> or <c>Label | value</c>.</summary>
    public string? Options { get; set; }
}

/// <summary>A field of a type's own part with its current settings.</summary>
/// <param name="TypeName">The type's technical name.</param>
/// <param name="TypeDisplayName">The type's display name.</param>
/// <param name="Name">The field's technical name.</param>
/// <param name="Kind">The field's kind, e.g. <c>TextField</c>.</param>
/// <param name="Settings">The settings as the form shows them.</param>
public sealed record FieldDetails(string TypeName, string TypeDisplayName, string Name, string Kind, FieldSettingsInput Settings);
