namespace BananPark.Cms.Core.Search;

/// <summary>One match.</summary>
/// <param name="ContentItemId">The item's id.</param>
/// <param name="ContentType">The item's type.</param>
/// <param name="Title">The display text, plain (templates encode it).</param>
/// <param name="Route">The public URL.</param>
/// <param name="Rank">Higher is better; only the order of one result's hits means anything.</param>
/// <param name="SnippetHtml">
/// A passage of the text around the first match, already HTML-encoded, with the matched words in
/// <c>&lt;mark&gt;</c>: the only markup it holds, so a template may write it unencoded.
/// </param>
public sealed record SearchHit(string ContentItemId, string ContentType, string Title, string Route, double Rank, string SnippetHtml);

/// <summary>One page of matches.</summary>
/// <param name="Hits">The page's matches, best first.</param>
/// <param name="Total">Matches in all pages.</param>
/// <param name="Page">The page asked for (from 1).</param>
/// <param name="PageSize">Hits per page.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize)
{
    /// <summary>How many pages the matches fill (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
