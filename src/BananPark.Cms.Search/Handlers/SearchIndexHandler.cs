using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Search.Services;

namespace BananPark.Cms.Search.Handlers;

/// <summary>
/// Keeps the index in step with what the site shows, inside the change's own transaction (so a search sees an edit
/// exactly when it commits, and a rolled-back change leaves the index as it was): a published version is indexed
/// (replacing the earlier one), an unpublished or deleted item removed. Imports index the items they publish; a draft
/// (saved, imported or restored) leaves the published version, and so the index, alone.
/// </summary>
internal sealed class SearchIndexHandler(ISearchIndex index, SearchDocumentBuilder documents, IContentDefinitionManager definitions)
    : IContentEventListener
{
    public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken) => HandleManyAsync([contentEvent], cancellationToken);

    public async Task HandleManyAsync(IReadOnlyList<ContentEvent> contentEvents, CancellationToken cancellationToken)
    {
        // The last event of an item decides: published, it is (re)indexed; taken off the site, it is removed.
        var outcome = new Dictionary<string, ContentItem?>(StringComparer.Ordinal);
        foreach (var change in contentEvents)
        {
            switch (change.Kind)
            {
                case ContentEventKind.Published:
                case ContentEventKind.Imported when change.Item.Published:
                    outcome[change.Item.ContentItemId] = change.Item;
                    break;
                case ContentEventKind.Unpublished:
                case ContentEventKind.Deleted:
                    outcome[change.Item.ContentItemId] = null;
                    break;
            }
        }

        if (outcome.Count == 0)
        {
            return;
        }

        var definition = await definitions.GetAsync(cancellationToken);
        var indexed = new List<SearchDocument>();
        var removed = new List<string>();
        foreach (var (id, item) in outcome)
        {
            // An item indexed before may have lost its route or changed culture: its old rows go first.
            removed.Add(id);
            if (item is not null && documents.For(item, definition) is { } document)
            {
                indexed.Add(document);
            }
        }

        await index.RemoveAsync(removed, cancellationToken);
        await index.IndexAsync(indexed, cancellationToken);
    }
}
