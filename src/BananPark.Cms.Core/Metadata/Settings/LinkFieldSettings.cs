using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a link field (Orchard's <c>LinkFieldSettings</c>).</summary>
public sealed class LinkFieldSettings
{
    /// <summary>Help text for the URL.</summary>
    public string? Hint { get; set; }

    /// <summary>Help text for the link text.</summary>
    public string? HintLinkText { get; set; }

    /// <summary>A URL is required.</summary>
    public bool Required { get; set; }

    /// <summary>Whether the link text is optional, required, fixed or the URL itself.</summary>
    public LinkTextMode LinkTextMode { get; set; }

    /// <summary>Placeholder of the URL box.</summary>
    public string? UrlPlaceholder { get; set; }

    /// <summary>Placeholder of the text box.</summary>
    public string? TextPlaceholder { get; set; }

    /// <summary>URL of a new item.</summary>
    public string? DefaultUrl { get; set; }

    /// <summary>Text of a new item.</summary>
    public string? DefaultText { get; set; }

    /// <summary>Target of a new item (e.g. <c>_blank</c>); when set, editors may choose the target.</summary>
    public string? DefaultTarget { get; set; }
}

/// <summary>Orchard's link text modes; read from their names or their numbers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LinkTextMode>))]
public enum LinkTextMode
{
    /// <summary>Editors may give a text.</summary>
    Optional = 0,

    /// <summary>Editors must give a text.</summary>
    Required = 1,

    /// <summary>The text is <see cref="LinkFieldSettings.DefaultText"/>.</summary>
    Static = 2,

    /// <summary>The URL is shown as the text.</summary>
    Url = 3,
}
