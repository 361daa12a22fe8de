using System.Globalization;
using System.Net;
using System.Text;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// The one way lengths of text are counted, for limits and the editors' counters: in text elements
/// (grapheme clusters), so 重庆巴南 is 4, an emoji with modifiers is 1 and a CR LF line break is 1.
/// The admin script counts the same way with <c>Intl.Segmenter</c>.
/// </summary>
public static class TextLength
{
    /// <summary>Text elements in <paramref name="text"/>; 0 for null.</summary>
    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : new StringInfo(text).LengthInTextElements;

    /// <summary>Text elements of the text content of <paramref name="html"/>: tags and comments are not counted, entities count as one.</summary>
    public static int CountHtml(string? html) => Count(HtmlText(html));

    /// <summary>
    /// The text content of an HTML fragment, as a browser's <c>textContent</c> gives it: markup and
    /// comments dropped (quoted <c>&gt;</c> inside attributes included), entities decoded.
    /// </summary>
    public static string HtmlText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<' || i + 1 >= html.Length || !IsMarkupStart(html[i + 1]))
            {
                text.Append(html[i++]);
                continue;
            }

            i = html.AsSpan(i).StartsWith("<!--") ? SkipComment(html, i) : SkipTag(html, i);
        }

        return WebUtility.HtmlDecode(text.ToString());
    }

    private static bool IsMarkupStart(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    private static int SkipComment(string html, int start)
    {
        var end = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + 3;
    }

    private static int SkipTag(string html, int start)
    {
        char? quote = null;
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }
}
