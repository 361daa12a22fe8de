namespace BananPark.Cms.Core.ContentManagement.Kinds;

/// <summary>
/// A field kind the code knows (Orchard's <c>TextField</c>, <c>GeoPointField</c>, …): its name as
/// definitions spell it, the JSON shape of its value, and where its settings live. Each capability
/// registers its adapters for a kind beside the kind's registration (rules in Content, display in
/// Theming, editor and binder in Admin); nothing switches on the name.
/// </summary>
/// <param name="Name">The kind's name, e.g. <c>TextField</c>.</param>
/// <param name="Shape">Each property of the stored value and what it may hold.</param>
public sealed record ContentFieldKind(string Name, IReadOnlyDictionary<string, ValueShape> Shape)
{
    /// <summary>The name the type editor shows, e.g. <c>Text</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Whether the kind's settings have Orchard's <c>Required</c> flag.</summary>
    public bool HasRequired { get; init; } = true;

    /// <summary>The key of the kind's own settings object, Orchard's settings class name (<c>TextFieldSettings</c>).</summary>
    public string SettingsName => Name + "Settings";
}

/// <summary>A field value class that is a kind of its own: <c>T.Kind</c> describes it.</summary>
public interface IContentField
{
    /// <summary>The kind this class stores.</summary>
    static abstract ContentFieldKind Kind { get; }
}
