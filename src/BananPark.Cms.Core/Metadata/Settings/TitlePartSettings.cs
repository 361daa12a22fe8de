using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>How the title of a type's items is entered (Orchard's <c>TitlePartSettings</c>).</summary>
public sealed class TitlePartSettings
{
    /// <summary>Whether editors type the title, and whether they must.</summary>
    public TitlePartOptions Options { get; set; }

    /// <summary>Liquid pattern for a generated title.</summary>
    public string? Pattern { get; set; }

    /// <summary>Whether the theme shows the title.</summary>
    public bool RenderTitle { get; set; } = true;
}

/// <summary>Orchard's title options; read from their names or their numbers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TitlePartOptions>))]
public enum TitlePartOptions
{
    /// <summary>Editors may type a title; it may stay empty.</summary>
    Editable = 0,

    /// <summary>The title comes from the pattern; shown to editors, not editable.</summary>
    GeneratedDisabled = 1,

    /// <summary>The title comes from the pattern; not shown to editors.</summary>
    GeneratedHidden = 2,

    /// <summary>Editors must type a title.</summary>
    EditableRequired = 3,
}
