namespace BananPark.Cms.Core.ContentManagement;

/// <summary>Reads and writes content items of the current tenant, version-aware.</summary>
public interface IContentManager
{
    /// <summary>One item in the wanted version, or null.</summary>
    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version = VersionOptions.Published, CancellationToken cancellationToken = default);

    /// <summary>The published item whose route is <paramref name="path"/> (case-insensitive, slashes trimmed).</summary>
    Task<ContentItem?> GetByRouteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The published item marked as home page, or null.</summary>
    Task<ContentItem?> GetHomepageAsync(CancellationToken cancellationToken = default);

    /// <summary>Items matching <paramref name="query"/>.</summary>
    Task<IReadOnlyList<ContentItem>> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many items match <paramref name="query"/> (paging ignored).</summary>
    Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every version of an item, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="item"/> as the item's latest version: a new version when the latest
    /// one is published (so history is kept), else the draft is updated in place. Publishes it
    /// when <paramref name="publish"/> is true. Fills ids and dates that are missing.
    /// </summary>
    Task<ContentItem> SaveAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version (a draft becomes the published version); false when the item is gone.</summary>
    Task<bool> PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Takes the published version off the site; the latest version stays as a draft. False when nothing was published.</summary>
    Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the item to the trash: no version is latest or published, every version is kept, and the
    /// latest version's <see cref="ContentItem.ModifiedUtc"/> becomes the time of deletion. False when already gone.
    /// </summary>
    Task<bool> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Brings a trashed item back as an unscheduled draft of its newest version. False when the item is not in the trash.</summary>
    Task<bool> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Saves the content of an old version as a new draft; the published version is untouched.</summary>
    Task<ContentItem?> RestoreVersionAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Schedules the latest draft to be published at <paramref name="publishUtc"/>, or cancels the
    /// schedule when null. False when the item has no draft to schedule.
    /// </summary>
    Task<bool> SchedulePublishAsync(string contentItemId, DateTime? publishUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes every draft whose scheduled time is at or before <paramref name="nowUtc"/>; returns how many.
    /// A draft that can't be published (its route is taken) stays scheduled and the others still go out;
    /// then a <see cref="ContentValidationException"/> names each one that failed.
    /// </summary>
    Task<int> PublishDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Sets the children's <c>ContainedPart.Order</c> to their position in <paramref name="orderedChildIds"/>, on their latest and published versions.</summary>
    Task SetContainedOrderAsync(string containerId, IReadOnlyList<string> orderedChildIds, CancellationToken cancellationToken = default);

    /// <summary>Items in the trash (their newest version), most recently deleted first.</summary>
    Task<IReadOnlyList<ContentItem>> GetTrashAsync(int skip = 0, int take = 50, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports an item as a recipe carries it: matched by <see cref="ContentItem.ContentItemId"/>;
    /// nothing is written when the latest version already holds the same content.
    /// </summary>
    Task<ImportOutcome> ImportAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports many items as <see cref="ImportAsync"/> does each, in one transaction (the caller's when one is
    /// open), in batches: each batch's rows, flags and audit events are written together, so the cost grows with
    /// the number of items and nothing else. Every item is checked before the first is written. Reports how many
    /// items are done to <paramref name="progress"/>. The outcomes come in the order of the items.
    /// </summary>
    Task<IReadOnlyList<ImportOutcome>> ImportManyAsync(IReadOnlyList<ContentItem> items, IProgress<int>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>What an import did to one item.</summary>
public enum ImportOutcome
{
    /// <summary>A new item was stored.</summary>
    Created,

    /// <summary>An existing item got a new or changed version.</summary>
    Updated,

    /// <summary>The item already held exactly this content.</summary>
    Unchanged,
}
