using System.Globalization;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Seo;

/// <summary>Plain text for the head: HTML made text, whitespace folded, long text cut on a word or CJK boundary.</summary>
public static partial class SeoText
{
    /// <summary>About what search results show of a description (Google and Baidu cut near here).</summary>
    public const int DescriptionLength = 160;

    private const string Ellipsis = "…";

    /// <summary>
    /// The text of <paramref name="html"/> on one line, entities decoded, runs of whitespace made one space; block
    /// elements (paragraphs, list items, line breaks) part words, as a browser shows them, where <c>textContent</c> would not.
    /// </summary>
    public static string Plain(string? html) => string.IsNullOrEmpty(html) ? "" : Excerpts.Fold(TextLength.HtmlText(BlockTag().Replace(html, " $0")));

    /// <summary>Plain text on one line, runs of whitespace made one space.</summary>
    public static string Line(string? text) => Excerpts.Fold(text ?? "");

    /// <summary>
    /// At most <paramref name="max"/> text elements of <paramref name="text"/>, then "…". A cut inside a Latin word
    /// moves back to the space, CJK character or punctuation before it (unless that is more than half the text
    /// away); Chinese may be cut between any two characters, which are word boundaries of their own.
    /// </summary>
    public static string Cut(string text, int max = DescriptionLength)
    {
        var end = 0;
        for (var count = 0; end < text.Length && count < max; count++)
        {
            end += StringInfo.GetNextTextElementLength(text, end);
        }

        if (end >= text.Length)
        {
            return text;
        }

        if (IsWordCharacter(text[end]) && IsWordCharacter(text[end - 1]))
        {
            var boundary = end - 1;
            while (boundary > 0 && IsWordCharacter(text[boundary - 1]))
            {
                boundary--;
            }

            if (boundary >= end / 2)
            {
                end = boundary;
            }
        }

        return text[..end].TrimEnd(' ', ',', ';', ':', '-', '，', '、', '；', '：') + Ellipsis;
    }

    /// <summary>A letter or digit of a script that separates words with spaces (not Chinese, Japanese or Korean).</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) && !IsCjk(c) || c is '\'' or '’';

    private static bool IsCjk(char c)
        => c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    [GeneratedRegex(@"</?(?:p|div|br|li|dt|dd|h[1-6]|tr|td|th|ul|ol|blockquote|section|article|header|footer|table|pre|hr|figcaption)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
}
