using BananPark.Cms.Core.Search;
using BananPark.Cms.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// <see cref="ISearchIndex"/> over <see cref="SearchDbContext"/>: writes are plain row deletes and inserts (the database
/// keeps its full-text structures from the rows), on the tenant's connection and in its unit of work; queries go to
/// the provider's <see cref="ISearchQueries"/>.
/// </summary>
internal sealed class SearchIndex(SearchDbContext db, ISearchQueries queries, DirectoryQueries directory) : ISearchIndex
{
    public async Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        // The last document of an item and culture wins, as if they had been indexed one after the other.
        var latest = documents.GroupBy(d => (d.ContentItemId, d.Culture)).Select(g => g.Last()).ToList();
        foreach (var culture in latest.GroupBy(d => d.Culture))
        {
            var ids = culture.Select(d => d.ContentItemId).ToList();
            await db.Documents.Where(r => r.Culture == culture.Key && ids.Contains(r.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        }

        // An item's facet values are the same in every culture: the last document's replace them.
        var items = latest.GroupBy(d => d.ContentItemId).Select(g => g.Last()).ToList();
        var itemIds = items.Select(d => d.ContentItemId).ToList();
        await db.FacetValues.Where(v => itemIds.Contains(v.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        db.FacetValues.AddRange(items.SelectMany(d => (d.Facets ?? []).DistinctBy(f => (f.Facet, f.Value))
            .Where(f => f.Facet.Length <= FacetValueRecord.FacetLength && DirectoryFacets.IsValue(f.Value))
            .Select(f => new FacetValueRecord { ContentItemId = d.ContentItemId, ContentType = d.ContentType, Facet = f.Facet, Value = f.Value })));

        db.Documents.AddRange(latest.Select(d => new SearchDocumentRecord
        {
            ContentItemId = d.ContentItemId,
            ContentType = d.ContentType,
            Culture = d.Culture,
            Title = d.Title,
            Route = d.Route,
            Body = d.Body,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task RemoveAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        if (contentItemIds.Count > 0)
        {
            var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
            await db.Documents.Where(r => ids.Contains(r.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
            await db.FacetValues.Where(r => ids.Contains(r.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await db.Documents.ExecuteDeleteAsync(cancellationToken);
        await db.FacetValues.ExecuteDeleteAsync(cancellationToken);
    }

    public Task<DirectoryResults> DirectoryAsync(DirectoryQuery query, CancellationToken cancellationToken = default)
        => directory.FindAsync(query, cancellationToken);

    public async Task<SearchResults> QueryAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, SearchQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var terms = SearchTerms.Parse(query.Text);
        var skip = (long)(page - 1) * size;
        if (terms.IsEmpty)
        {
            return new SearchResults([], 0, page, size);
        }

        var (rows, total) = await queries.FindAsync(terms, query.Culture ?? "", (int)Math.Min(skip, int.MaxValue), size, cancellationToken);
        var hits = rows.Select(r => new SearchHit(r.ContentItemId, r.ContentType, r.Title, r.Route, r.Rank, SearchSnippets.Html(r.Body, terms.Words))).ToList();
        return new SearchResults(hits, total, page, size);
    }
}
