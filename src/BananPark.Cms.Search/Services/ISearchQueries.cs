namespace BananPark.Cms.Search.Services;

/// <summary>One provider's way of finding documents: the page of matching rows (best first) and their number.</summary>
internal interface ISearchQueries
{
    Task<(IReadOnlyList<SearchRow> Rows, int Total)> FindAsync(SearchTerms terms, string culture, int skip, int take, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="documents"/> narrowed to those holding every word, as <see cref="FindAsync"/> matches them (in any
    /// culture), still a query: the caller composes filters and counts on it. Raw parameters are prefixed
    /// <c>dq_</c>, so they never meet the names EF Core gives its own.
    /// </summary>
    IQueryable<Data.SearchDocumentRecord> Matching(IQueryable<Data.SearchDocumentRecord> documents, SearchTerms terms);
}

/// <summary>A matching row as the providers read it; the snippet is made from <see cref="Body"/> afterwards.</summary>
internal sealed class SearchRow
{
    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Title { get; set; } = "";

    public string Route { get; set; } = "";

    public string Body { get; set; } = "";

    public double Rank { get; set; }
}
