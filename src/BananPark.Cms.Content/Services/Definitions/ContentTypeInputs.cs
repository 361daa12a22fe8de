namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>A type's name and <c>ContentTypeSettings</c> flags as a form posts them (unticked boxes post nothing, so flags default to false).</summary>
public sealed class ContentTypeInput
{
    /// <summary>Technical name; only read when creating (renaming is not supported).</summary>
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public bool Creatable { get; set; }

    public bool Listable { get; set; }

    public bool Draftable { get; set; }

    public bool Versionable { get; set; }

    public bool Securable { get; set; }

    /// <summary>A new type's form: every flag on, as Orchard's admin offers it.</summary>
    public static ContentTypeInput ForNewType() => new() { Creatable = true, Listable = true, Draftable = true, Versionable = true, Securable = true };
}

/// <summary>A field to add to a type's own part.</summary>
public sealed class NewFieldInput
{
    public string? DisplayName { get; set; }

    /// <summary>Technical name; empty asks for a suggestion from the display name.</summary>
    public string? Name { get; set; }

    /// <summary>The name of a registered field kind (<see cref="Core.ContentManagement.Kinds.ContentKinds.Fields"/>).</summary>
    public string? Kind { get; set; }
}

/// <summary>A row of the type list.</summary>
/// <param name="Name">Technical name.</param>
/// <param name="DisplayName">Name shown to editors.</param>
/// <param name="Parts">Attached parts in order.</param>
/// <param name="Items">Items of the type (latest versions, trash excluded).</param>
public sealed record ContentTypeSummary(string Name, string DisplayName, IReadOnlyList<string> Parts, int Items);

/// <summary>Property names items of a type still store under its own part that no field defines: a removed field's data.</summary>
/// <param name="Name">The property (the removed field's name).</param>
/// <param name="Items">Items whose latest or published version holds it.</param>
public sealed record RemovedFieldData(string Name, int Items);

/// <summary>How much a purge would remove, or did.</summary>
/// <param name="Errors">Why nothing was purged; empty on success.</param>
/// <param name="Items">Items with at least one version holding the property.</param>
/// <param name="Versions">Versions (rows) holding it.</param>
public sealed record PurgeResult(IReadOnlyList<string> Errors, int Items, int Versions)
{
    public bool Succeeded => Errors.Count == 0;

    public static PurgeResult Fail(string error) => new([error], 0, 0);
}
