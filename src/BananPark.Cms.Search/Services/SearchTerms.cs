using System.Text;
using BananPark.Cms.Core.Search;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// The words of a query, made safe before any provider sees them: control characters (NUL among them) and lone
/// surrogates become spaces, the text is cut at <see cref="SearchQuery.MaxTextLength"/>, split at white space,
/// lower-cased, de-duplicated and limited to <see cref="SearchQuery.MaxWords"/>. A word is searched for as text:
/// search syntax in it is never run (providers quote it or escape it).
/// </summary>
public sealed class SearchTerms
{
    /// <summary>SQLite's trigram tokenizer matches only substrings of at least this many characters.</summary>
    public const int TrigramLength = 3;

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    /// <summary>The words, lower-case, every one required.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>True when there is nothing to search for.</summary>
    public bool IsEmpty => Words.Count == 0;

    /// <summary>Parses what a visitor typed; never throws.</summary>
    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchTerms([]);
        }

        var clean = new StringBuilder(Math.Min(text.Length, SearchQuery.MaxTextLength));
        for (var i = 0; i < text.Length && clean.Length < SearchQuery.MaxTextLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (clean.Length + 2 > SearchQuery.MaxTextLength)
                {
                    break;
                }

                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            }
        }

        var words = clean.ToString().ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .Take(SearchQuery.MaxWords)
            .ToList();
        return new SearchTerms(words);
    }

    /// <summary>The length of <paramref name="word"/> in characters as SQLite counts them (code points).</summary>
    public static int CodePoints(string word) => word.EnumerateRunes().Count();

    /// <summary><paramref name="word"/> as an FTS5 string: in double quotes, inner quotes doubled, so it is one literal phrase.</summary>
    public static string Fts5Literal(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
