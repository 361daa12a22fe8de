namespace BananPark.Cms.Core.Search;

/// <summary>
/// The site search, kept in the tenant's database so every node reads the same index and an edit is
/// searchable when its transaction commits. Writes join the caller's unit of work. One contract, one
/// implementation per provider (SQLite FTS5, PostgreSQL full text with <c>pg_trgm</c>), the same answers.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Replaces what the index holds for each document's item and culture with the document.</summary>
    Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes every culture of the items from the index; unknown ids are ignored.</summary>
    Task RemoveAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>Removes everything (a rebuild starts with it).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the matches of <paramref name="query"/>, best first. Any text is a valid query: search syntax
    /// in it (quotes, <c>*</c>, <c>OR</c>, <c>NEAR</c>, <c>%</c>, <c>_</c>) is searched for literally, never run.
    /// </summary>
    Task<SearchResults> QueryAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of a type's published items filtered by facet values and text, with each facet's counts, computed in
    /// the database from the facet values the index keeps (<see cref="SearchDocument.Facets"/>). Unknown facets and
    /// values match nothing; text is searched for literally, as in <see cref="QueryAsync"/>.
    /// </summary>
    Task<DirectoryResults> DirectoryAsync(DirectoryQuery query, CancellationToken cancellationToken = default);
}
