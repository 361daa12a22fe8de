namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// The one rule that turns rich text into safe HTML: stored HTML (typed, imported or old) is
/// untrusted, so it is cleaned when it is saved and again when it is shown. Links may use only
/// <see cref="SafeLinks.AllowedSchemes"/>. Results depend on the input alone, so implementations
/// may remember them.
/// </summary>
public interface IRichText
{
    /// <summary>The HTML with everything unsafe removed; empty for null or blank input.</summary>
    string Sanitize(string? html);

    /// <summary>Markdown rendered to HTML (raw HTML in it dropped), then sanitized; empty for null or blank input.</summary>
    string MarkdownToHtml(string? markdown);
}
