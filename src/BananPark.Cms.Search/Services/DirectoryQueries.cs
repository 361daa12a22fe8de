using BananPark.Cms.Core.Search;
using BananPark.Cms.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// <see cref="ISearchIndex.DirectoryAsync"/> as queries over the documents and their facet values, the same LINQ on
/// both providers (only the text match is the provider's, <see cref="ISearchQueries.Matching"/>). A selected facet is an
/// <c>IN</c> over the facet values' index (type, facet, value, item); counts are a <c>GROUP BY</c> value over the same
/// index, narrowed to the items the text and the other facets leave. Nothing reads an item's JSON.
/// </summary>
internal sealed class DirectoryQueries(SearchDbContext db, ISearchQueries queries)
{
    /// <summary>Most facets counted in one query; further ones are ignored.</summary>
    public const int MaxFacets = 16;

    /// <summary>Most values listed per facet (the most frequent).</summary>
    public const int MaxValuesPerFacet = 100;

    public async Task<DirectoryResults> FindAsync(DirectoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var type = query.ContentType;
        var facets = query.Facets.Distinct(StringComparer.Ordinal).Take(MaxFacets).ToList();
        // A value that could never be stored (too long, a NUL) matches nothing, like an unknown one.
        var selected = facets.Where(f => query.Selected.TryGetValue(f, out var v) && v.Count > 0)
            .ToDictionary(f => f, f => query.Selected[f].Where(DirectoryFacets.IsValue).Distinct(StringComparer.Ordinal).Take(DirectoryFacets.MaxSelectedValues).ToList());
        var terms = SearchTerms.Parse(query.Text);

        IQueryable<SearchDocumentRecord> Filtered(string? except)
        {
            var documents = db.Documents.AsNoTracking().Where(d => d.ContentType == type);
            if (!terms.IsEmpty)
            {
                documents = queries.Matching(documents, terms);
            }

            foreach (var (facet, values) in selected.Where(s => s.Key != except))
            {
                var ids = db.FacetValues.Where(v => v.ContentType == type && v.Facet == facet && values.Contains(v.Value)).Select(v => v.ContentItemId);
                documents = documents.Where(d => ids.Contains(d.ContentItemId));
            }

            return documents;
        }

        var all = Filtered(null);
        var total = await all.CountAsync(cancellationToken);
        var skip = Math.Max(0, query.Skip);
        IReadOnlyList<string> page = query.Take > 0 && skip < total
            ? await all.OrderBy(d => d.Title).ThenBy(d => d.ContentItemId).Skip(skip).Take(query.Take).Select(d => d.ContentItemId).ToListAsync(cancellationToken)
            : [];

        var counts = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var facet in facets)
        {
            var values = db.FacetValues.AsNoTracking().Where(v => v.ContentType == type && v.Facet == facet);
            if (!terms.IsEmpty || selected.Keys.Any(k => k != facet))
            {
                var ids = Filtered(facet).Select(d => d.ContentItemId);
                values = values.Where(v => ids.Contains(v.ContentItemId));
            }

            var rows = await values.GroupBy(v => v.Value).Select(g => new { g.Key, Count = g.Count() })
                .OrderByDescending(c => c.Count).ThenBy(c => c.Key).Take(MaxValuesPerFacet).ToListAsync(cancellationToken);
            counts[facet] = rows.Select(r => new FacetCount(r.Key, r.Count)).ToList();
        }

        return new DirectoryResults(page, total, counts);
    }
}
