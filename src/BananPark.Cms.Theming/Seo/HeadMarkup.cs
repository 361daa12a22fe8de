using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Seo;

/// <summary>
/// Writes a <see cref="PageHead"/> as HTML: every value encoded for a double-quoted attribute or text
/// (<see cref="MarkupEncoder"/>), JSON-LD serialized by System.Text.Json with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>
/// escaped as <c>\u003c</c>… so no value can close the <c>&lt;script&gt;</c> element it sits in.
/// </summary>
public static class HeadMarkup
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The head's tags, one a line, indented for the layout.</summary>
    public static string Render(PageHead head)
    {
        var html = new StringBuilder(2048);
        html.Append("<title>").Append(Encode(head.Title)).Append("</title>\n");
        Meta(html, "name", "description", head.Description);
        Meta(html, "name", "keywords", head.Keywords);
        Meta(html, "name", "robots", head.Robots);
        if (head.Canonical is not null)
        {
            html.Append("  <link rel=\"canonical\" href=\"").Append(Encode(head.Canonical)).Append("\">\n");
        }

        foreach (var (culture, url) in head.Alternates)
        {
            html.Append("  <link rel=\"alternate\" hreflang=\"").Append(Encode(culture)).Append("\" href=\"").Append(Encode(url)).Append("\">\n");
        }

        Meta(html, "property", "og:type", head.OpenGraphType);
        Meta(html, "property", "og:title", head.OpenGraphTitle);
        Meta(html, "property", "og:description", head.OpenGraphDescription);
        Meta(html, "property", "og:url", head.Canonical);
        Meta(html, "property", "og:site_name", head.SiteName);
        Meta(html, "property", "og:locale", head.Locale);
        Meta(html, "property", "og:image", head.OpenGraphImage?.Url);
        Meta(html, "property", "og:image:alt", head.OpenGraphImage?.Alt);
        Meta(html, "name", "twitter:card", head.TwitterCard);
        Meta(html, "name", "twitter:site", head.TwitterSite);
        Meta(html, "name", "twitter:creator", head.TwitterCreator);
        Meta(html, "name", "twitter:title", head.TwitterTitle);
        Meta(html, "name", "twitter:description", head.TwitterDescription);
        Meta(html, "name", "twitter:image", head.TwitterImage?.Url);
        Meta(html, "name", "twitter:image:alt", head.TwitterImage?.Alt);
        foreach (var (attribute, key, content) in head.MetaTags)
        {
            Meta(html, attribute, key, content);
        }

        foreach (var block in head.StructuredData)
        {
            html.Append("  <script type=\"application/ld+json\">").Append(Script(block)).Append("</script>\n");
        }

        return html.ToString().TrimEnd('\n');
    }

    /// <summary>The JSON-LD as script text: compact JSON whose <c>&lt; &gt; &amp;</c> are escapes, so it parses to the same value.</summary>
    public static string Script(JsonNode block)
        => block.ToJsonString(Json).Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal);

    private static void Meta(StringBuilder html, string attribute, string key, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            html.Append("  <meta ").Append(attribute).Append("=\"").Append(Encode(key)).Append("\" content=\"").Append(Encode(content)).Append("\">\n");
        }
    }

    private static string Encode(string text) => MarkupEncoder.Instance.Encode(text);
}
