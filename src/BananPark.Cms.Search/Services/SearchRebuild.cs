using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Search.Services;

/// <summary>How far a rebuild has come.</summary>
/// <param name="Done">Published items read so far.</param>
/// <param name="Total">Published items when the rebuild began.</param>
public sealed record SearchRebuildProgress(int Done, int Total);

/// <summary>
/// Builds the current tenant's index again from its published items (an existing site, or after the indexed
/// text changed): in one transaction, so visitors search the old index until the new one commits, reading the
/// items in batches in the order they were stored (the cost per item stays the same whatever the site holds).
/// </summary>
public sealed class SearchRebuild(CmsDbContext db, IStoreSession session, ISearchIndex index, SearchDocumentBuilder documents, IContentDefinitionManager definitions)
{
    /// <summary>Items read and indexed per batch.</summary>
    public const int BatchSize = 500;

    /// <summary>Rebuilds the index; returns how many documents it holds afterwards.</summary>
    public async Task<int> RebuildAsync(IProgress<SearchRebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var total = await db.ContentItems.CountAsync(r => r.Published, cancellationToken);
        var done = 0;
        var indexed = 0;
        progress?.Report(new SearchRebuildProgress(0, total));
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await index.ClearAsync(cancellationToken);
        for (long after = 0; ;)
        {
            var batch = await db.ContentItems.AsNoTracking().Where(r => r.Published && r.Id > after).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Json }).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var batchDocuments = batch.Select(r => documents.For(ContentItemJson.Deserialize(r.Json), definition)).OfType<SearchDocument>().ToList();
            await index.IndexAsync(batchDocuments, cancellationToken);
            after = batch[^1].Id;
            done += batch.Count;
            indexed += batchDocuments.Count;
            progress?.Report(new SearchRebuildProgress(done, Math.Max(total, done)));
        }

        await transaction.CommitAsync(cancellationToken);
        return indexed;
    }
}
