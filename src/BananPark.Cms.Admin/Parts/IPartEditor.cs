namespace BananPark.Cms.Admin.Parts;

/// <summary>
/// How the admin edits one part kind on an item's page: the Razor component (it takes an
/// <see cref="Components.Editors.EditorContext"/> named <c>Context</c>) with its label, and the binder that
/// reads the posted inputs back. A part edited elsewhere (a list's order, a schedule) or never by hand has
/// neither. Registered beside the kind (<c>services.AddPartEditor&lt;TitlePart, TitlePartEditor&gt;("Title")</c>).
/// </summary>
public interface IPartEditor
{
    /// <summary>The part kind edited, e.g. <c>TitlePart</c>.</summary>
    string Part { get; }

    /// <summary>The editor component; null when the part shows nothing on the item's page.</summary>
    Type? Component { get; }

    /// <summary>The editor's label unless the type names the part (<c>ContentTypePartSettings.DisplayName</c>).</summary>
    string Label { get; }

    /// <summary>Reads the posted inputs into the part; null when nothing is posted for it.</summary>
    IPartBinder? Binder { get; }
}
