namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A link: URL, its text and optional target.</summary>
public sealed class LinkField
{
    /// <summary>The address (http, https, mailto or tel).</summary>
    public string? Url { get; set; }

    /// <summary>The link's visible text.</summary>
    public string? Text { get; set; }

    /// <summary>Optional target, e.g. <c>_blank</c>.</summary>
    public string? Target { get; set; }
}
