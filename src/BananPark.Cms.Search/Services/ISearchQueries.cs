namespace BananPark.Cms.Search.Services;

/// <summary>One provider's way of finding documents: the page of matching rows (best first) and their number.</summary>
internal interface ISearchQueries
{
    Task<(IReadOnlyList<SearchRow> Rows, int Total)> FindAsync(SearchTerms terms, string culture, int skip, int take, CancellationToken cancellationToken);
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
