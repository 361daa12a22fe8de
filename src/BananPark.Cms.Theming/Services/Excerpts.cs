using System.Globalization;
using System.Text;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Theming.Services;

/// <summary>A short plain-text summary of rich text, for cards and lists; costs one pass over the text.</summary>
public static class Excerpts
{
    private const string Ellipsis = "…";

    /// <summary>At most <paramref name="maxLength"/> text elements of the HTML's text, cut at a space when there is one in the last fifth.</summary>
    public static string Of(string? html, int maxLength)
    {
        var text = Fold(TextLength.HtmlText(html));
        // Walk text elements only as far as the cut: a long description costs no more than a short one.
        var end = 0;
        for (var count = 0; end < text.Length; count++)
        {
            if (count == maxLength)
            {
                break;
            }

            end += StringInfo.GetNextTextElementLength(text, end);
        }

        if (end >= text.Length)
        {
            return text;
        }

        var cut = text[..end];
        var space = cut.LastIndexOf(' ');
        if (space >= cut.Length * 4 / 5)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '，', '、', '；', '：') + Ellipsis;
    }

    /// <summary>The text with each run of white space or control characters as one space, and none at either end.</summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(Math.Min(text.Length, 4096));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(c);
        }

        return folded.ToString();
    }
}
