using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Data.Entities;
using BananPark.Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// How a <see cref="ContentQuery"/> becomes SQL over the indexed columns (never the JSON): one home for the
/// admin lists and the public site, so both use the same indexes.
/// </summary>
internal static class ContentQueries
{
    public static IQueryable<ContentItemRecord> Filter(IQueryable<ContentItemRecord> rows, ContentQuery query)
    {
        // Compared with a parameter: EF writes a bare bool as "WHERE Latest", for which SQLite uses no
        // composite index, so every list scanned and sorted the whole table (see the benchmarks).
        var flag = true;
        rows = query.Version == VersionOptions.Published ? rows.Where(r => r.Published == flag)
            : query.Drafts is { } drafts ? WithVisibleDrafts(rows, drafts)
            : rows.Where(r => r.Latest == flag);
        rows = query.Status switch
        {
            ContentStatus.Draft => rows.Where(r => r.Published != flag),
            ContentStatus.Published => rows.Where(r => r.Published == flag),
            _ => rows,
        };
        if (query.ContentType is not null)
        {
            rows = rows.Where(r => r.ContentType == query.ContentType);
        }

        if (query.ContainerId is not null)
        {
            rows = rows.Where(r => r.ContainerId == query.ContainerId);
        }

        if (query.Owner is not null)
        {
            rows = rows.Where(r => r.Owner == query.Owner);
        }

        if (query.ContentTypes is { } types)
        {
            var names = types.ToList();
            rows = rows.Where(r => names.Contains(r.ContentType));
        }

        if (query.ModifiedFromUtc is { } from)
        {
            rows = rows.Where(r => r.ModifiedUtc >= from);
        }

        if (query.ModifiedBeforeUtc is { } before)
        {
            rows = rows.Where(r => r.ModifiedUtc < before);
        }

        // LIKE, not Contains: PostgreSQL's trigram index serves LIKE '%word%' (Contains becomes strpos, which it
        // does not). SearchText and the words are both lower case, so the providers' LIKE case rules agree.
        foreach (var word in SearchText.Words(query.Search))
        {
            var pattern = LikePattern.Containing(word);
            rows = rows.Where(r => r.SearchText != null && EF.Functions.Like(r.SearchText, pattern, LikePattern.Escape));
        }

        return rows;
    }

    /// <summary>The latest version of items whose drafts the reader may see, the published version of the others.</summary>
    private static IQueryable<ContentItemRecord> WithVisibleDrafts(IQueryable<ContentItemRecord> rows, DraftVisibility drafts)
    {
        var flag = true;
        var any = drafts.AnyOwnerTypes.ToList();
        var own = drafts.OwnTypes.ToList();
        var owners = drafts.Owners.ToList();
        return rows.Where(r => (r.Latest == flag && (any.Contains(r.ContentType) || (own.Contains(r.ContentType) && owners.Contains(r.Owner!))))
            || (r.Published == flag && !(any.Contains(r.ContentType) || (own.Contains(r.ContentType) && owners.Contains(r.Owner!)))));
    }

    /// <summary>The query's order; ties broken by row id, which every index ends with, so no sort is needed.</summary>
    public static IQueryable<ContentItemRecord> Order(IQueryable<ContentItemRecord> rows, ContentOrder order) => order switch
    {
        ContentOrder.ContainedOrder => rows.OrderBy(r => r.ContainedOrder).ThenBy(r => r.DisplayText).ThenBy(r => r.Id),
        ContentOrder.ModifiedDescending => rows.OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id),
        ContentOrder.ModifiedAscending => rows.OrderBy(r => r.ModifiedUtc).ThenBy(r => r.Id),
        ContentOrder.DisplayTextDescending => rows.OrderByDescending(r => r.DisplayText).ThenByDescending(r => r.Id),
        ContentOrder.ContentType => rows.OrderBy(r => r.ContentType).ThenBy(r => r.DisplayText).ThenBy(r => r.Id),
        ContentOrder.CreatedDescending => rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id),
        _ => rows.OrderBy(r => r.DisplayText).ThenBy(r => r.Id),
    };

    /// <summary>The page a query asks for: skip at least 0, take 0 to <paramref name="maxTake"/>.</summary>
    public static IQueryable<ContentItemRecord> Page(IQueryable<ContentItemRecord> rows, ContentQuery query, int maxTake)
        => rows.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 0, maxTake));
}
