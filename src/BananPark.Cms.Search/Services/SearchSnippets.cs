using System.Net;
using System.Text;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// The passage shown under a hit: up to <see cref="Length"/> characters of the text around the first matched word,
/// every matched word wrapped in <c>&lt;mark&gt;</c>, everything else HTML-encoded. Made here rather than by the
/// database (FTS5's <c>snippet()</c>, PostgreSQL's <c>ts_headline</c>) so both providers give the same passage and
/// the encoding is ours: the text between the marks is encoded, the marks are the only markup.
/// </summary>
public static class SearchSnippets
{
    /// <summary>Characters of text a snippet shows at most.</summary>
    public const int Length = 200;

    /// <summary>Characters shown before the first match.</summary>
    private const int Lead = 60;

    /// <summary>The snippet of <paramref name="text"/> for <paramref name="words"/> (lower-case), as HTML.</summary>
    public static string Html(string text, IReadOnlyList<string> words)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var first = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = first <= Lead ? 0 : WordStart(text, first - Lead);
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var position = start;
        while (position < end)
        {
            var (at, length) = NextMatch(text, words, position, end);
            if (at < 0)
            {
                html.Append(WebUtility.HtmlEncode(text[position..end]));
                break;
            }

            html.Append(WebUtility.HtmlEncode(text[position..at])).Append("<mark>")
                .Append(WebUtility.HtmlEncode(text.Substring(at, length))).Append("</mark>");
            position = at + length;
        }

        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>The earliest match of any word that ends by <paramref name="end"/>, the longest word first at one place.</summary>
    private static (int At, int Length) NextMatch(string text, IReadOnlyList<string> words, int from, int end)
    {
        var best = (At: -1, Length: 0);
        foreach (var word in words)
        {
            var at = text.IndexOf(word, from, end - from, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best.At < 0 || at < best.At || (at == best.At && word.Length > best.Length)))
            {
                best = (at, word.Length);
            }
        }

        return best;
    }

    /// <summary>The start of the word at or after <paramref name="index"/> (a passage does not begin mid-word), within the lead.</summary>
    private static int WordStart(string text, int index)
    {
        for (var i = index; i < Math.Min(text.Length, index + 20); i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return char.IsLowSurrogate(text[index]) ? index + 1 : index;
    }
}
