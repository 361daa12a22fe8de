using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>
/// What search engines and link previews read of an item (Orchard's <c>SeoMetaPart</c> shape): every property is
/// optional; the page head derives what an editor leaves empty from the item itself. Images are media values
/// (<c>{"Paths":[…],"MediaTexts":[…]}</c>); <see cref="GoogleSchema"/> is JSON-LD the editor writes.
/// </summary>
public sealed class SeoMetaPart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(SeoMetaPart), ValueShapes.Of(
        (nameof(PageTitle), ValueShape.Text),
        (nameof(Render), ValueShape.Boolean),
        (nameof(MetaDescription), ValueShape.Text),
        (nameof(MetaKeywords), ValueShape.Text),
        (nameof(Canonical), ValueShape.Text),
        (nameof(MetaRobots), ValueShape.Text),
        (nameof(CustomMetaTags), ValueShape.Array),
        (nameof(DefaultSocialImage), ValueShape.Record),
        (nameof(OpenGraphImage), ValueShape.Record),
        (nameof(OpenGraphType), ValueShape.Text),
        (nameof(OpenGraphTitle), ValueShape.Text),
        (nameof(OpenGraphDescription), ValueShape.Text),
        (nameof(TwitterImage), ValueShape.Record),
        (nameof(TwitterTitle), ValueShape.Text),
        (nameof(TwitterDescription), ValueShape.Text),
        (nameof(TwitterCard), ValueShape.Text),
        (nameof(TwitterCreator), ValueShape.Text),
        (nameof(TwitterSite), ValueShape.Text),
        (nameof(GoogleSchema), ValueShape.Text)))
    {
        DisplayName = "SEO",
    };

    /// <summary>The page's title in the browser and in results; empty: the item's display text.</summary>
    public string? PageTitle { get; set; }

    /// <summary>False when the head should carry none of this part's tags (Orchard's default is true).</summary>
    public bool Render { get; set; } = true;

    /// <summary>The snippet search engines show; empty: the start of the item's text.</summary>
    public string? MetaDescription { get; set; }

    /// <summary>Comma-separated keywords (Baidu still reads them).</summary>
    public string? MetaKeywords { get; set; }

    /// <summary>The page's one address: an absolute http(s) URL or a site path; empty: the item's own URL.</summary>
    public string? Canonical { get; set; }

    /// <summary>The robots directives, e.g. <c>noindex, follow</c>; empty: none (index and follow).</summary>
    public string? MetaRobots { get; set; }

    /// <summary>Further <c>&lt;meta&gt;</c> tags, each <c>{"Name"|"Property":…,"Content":…}</c> as Orchard stores them.</summary>
    public JsonArray? CustomMetaTags { get; set; }

    /// <summary>Orchard's fallback image for both previews.</summary>
    public JsonObject? DefaultSocialImage { get; set; }

    /// <summary>The OpenGraph preview image (a media value); empty: the largest picture among the item's media fields.</summary>
    public JsonObject? OpenGraphImage { get; set; }

    /// <summary><c>og:type</c>; empty: <c>website</c>.</summary>
    public string? OpenGraphType { get; set; }

    /// <summary><c>og:title</c>; empty: the page title.</summary>
    public string? OpenGraphTitle { get; set; }

    /// <summary><c>og:description</c>; empty: the meta description.</summary>
    public string? OpenGraphDescription { get; set; }

    /// <summary>The Twitter card's image (a media value); empty: the OpenGraph image.</summary>
    public JsonObject? TwitterImage { get; set; }

    /// <summary><c>twitter:title</c>; empty: the OpenGraph title.</summary>
    public string? TwitterTitle { get; set; }

    /// <summary><c>twitter:description</c>; empty: the OpenGraph description.</summary>
    public string? TwitterDescription { get; set; }

    /// <summary><c>twitter:card</c>: <c>summary</c> or <c>summary_large_image</c>; empty: by whether there is an image.</summary>
    public string? TwitterCard { get; set; }

    /// <summary><c>twitter:creator</c>, an @handle.</summary>
    public string? TwitterCreator { get; set; }

    /// <summary><c>twitter:site</c>, an @handle.</summary>
    public string? TwitterSite { get; set; }

    /// <summary>JSON-LD the editor adds (an object or an array of objects), checked as JSON on every write.</summary>
    public string? GoogleSchema { get; set; }
}
