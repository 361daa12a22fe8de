namespace BananPark.Cms.Core.Search;

/// <summary>A search box's question: words, a culture and a page.</summary>
public sealed record SearchQuery
{
    /// <summary>Most characters of <see cref="Text"/> that are looked at; the rest is ignored.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Most words a query uses (every one must match); further words are ignored.</summary>
    public const int MaxWords = 8;

    /// <summary>Most hits on one page.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The words to find, as typed; every word must occur (as a word or inside one).</summary>
    public string? Text { get; init; }

    /// <summary>Only documents of this culture; empty for the default culture.</summary>
    public string Culture { get; init; } = "";

    /// <summary>The page, from 1; a page past the end is empty.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page, from 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 10;
}
