using System.Text.Json.Nodes;

namespace BananPark.Cms.Theming.Seo;

/// <summary>
/// Everything the page's <c>&lt;head&gt;</c> says to search engines and link previews, worked out once per page by
/// <see cref="PageHeadBuilder"/> and written by <see cref="HeadMarkup"/>. Values are plain text; writing encodes them.
/// </summary>
public sealed record PageHead
{
    /// <summary>The whole <c>&lt;title&gt;</c>, the site's name included.</summary>
    public required string Title { get; init; }

    /// <summary>Never empty on a page the site serves.</summary>
    public required string Description { get; init; }

    public string? Keywords { get; init; }

    /// <summary>Absolute when the site's address is known; null on error pages.</summary>
    public string? Canonical { get; init; }

    public string? Robots { get; init; }

    /// <summary>The language alternates of this page (<c>hreflang</c>, culture to URL): empty until the site has two languages.</summary>
    public IReadOnlyList<(string Culture, string Url)> Alternates { get; init; } = [];

    public required string OpenGraphType { get; init; }

    public required string OpenGraphTitle { get; init; }

    public required string OpenGraphDescription { get; init; }

    public string? SiteName { get; init; }

    /// <summary><c>og:locale</c>, e.g. <c>zh_CN</c>.</summary>
    public string? Locale { get; init; }

    public SocialImage? OpenGraphImage { get; init; }

    public required string TwitterCard { get; init; }

    public string? TwitterSite { get; init; }

    public string? TwitterCreator { get; init; }

    public required string TwitterTitle { get; init; }

    public required string TwitterDescription { get; init; }

    public SocialImage? TwitterImage { get; init; }

    /// <summary>Further tags: (<c>name</c> or <c>property</c>, its value, content).</summary>
    public IReadOnlyList<(string Attribute, string Key, string Content)> MetaTags { get; init; } = [];

    /// <summary>Each JSON-LD block, as objects to serialize.</summary>
    public IReadOnlyList<JsonNode> StructuredData { get; init; } = [];
}

/// <summary>A preview picture: its absolute URL and its alternative text.</summary>
public sealed record SocialImage(string Url, string? Alt);
