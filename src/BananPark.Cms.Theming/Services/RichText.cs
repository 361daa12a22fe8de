using BananPark.Cms.Core.ContentManagement;
using Ganss.Xss;
using Markdig;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// The one place rich text becomes safe HTML. Stored HTML (typed, imported or old) is untrusted:
/// it is sanitized every time it is rendered. Links may only use http, https, mailto and tel.
/// </summary>
public static class RichText
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>Sanitized HTML.</summary>
    public static string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    /// <summary>Markdown rendered to HTML, raw HTML in it dropped, the result sanitized.</summary>
    public static string FromMarkdown(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Markdown));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in SafeLinks.AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
