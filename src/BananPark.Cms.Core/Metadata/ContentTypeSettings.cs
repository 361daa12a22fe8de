namespace BananPark.Cms.Core.Metadata;

/// <summary>The flags Orchard keeps under <c>ContentTypeSettings</c>.</summary>
public sealed class ContentTypeSettings
{
    /// <summary>Editors may create items of this type.</summary>
    public bool Creatable { get; set; }

    /// <summary>Items appear in the admin content list.</summary>
    public bool Listable { get; set; }

    /// <summary>Items can be saved as drafts before publishing.</summary>
    public bool Draftable { get; set; }

    /// <summary>Old versions are kept.</summary>
    public bool Versionable { get; set; }

    /// <summary>The type has its own permissions (<c>Edit_{Type}</c>, …).</summary>
    public bool Securable { get; set; }

    /// <summary>Optional stereotype, e.g. <c>Widget</c>.</summary>
    public string? Stereotype { get; set; }
}
