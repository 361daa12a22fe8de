using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Definitions of the current tenant: the committed document from the site's cache (loaded once, evicted
/// when a definition change commits), or this unit of work's working copy while it changes them. The
/// working copy is dropped when the unit rolls back.
/// </summary>
internal sealed class ContentDefinitionManager(
    IDocumentStore documents, IStoreSession session, ITenantCache cache, ITenantContext tenant, IChangeSignal signal) : IContentDefinitionManager
{
    internal const string DocumentName = "ContentDefinition";

    private ContentDefinition? _working;

    public Task<ContentDefinition> GetAsync(CancellationToken cancellationToken = default)
        => _working is not null
            ? Task.FromResult(_working)
            : cache.GetOrLoadAsync(tenant.Tenant.Name, SiteChanges.Definitions, DocumentName, LoadAsync, cancellationToken);

    public async Task SaveAsync(ContentDefinition definition, CancellationToken cancellationToken = default)
    {
        // Restores what this save replaced: a nested unit of work that rolls back leaves the outer one's copy.
        var replaced = _working;
        session.AfterRollback(() => _working = replaced);
        _working = definition;
        await documents.SaveAsync(DocumentName, ContentDefinitionJson.ToJson(definition), cancellationToken);
        await session.AfterCommitAsync(_ =>
        {
            _working = null;
            return Task.CompletedTask;
        }, cancellationToken);
        // Pages show definitions (field labels, list pages), so cached pages go too.
        await signal.SignalAsync(SiteChanges.Definitions, cancellationToken);
    }

    private async Task<CacheLoad<ContentDefinition>> LoadAsync(CancellationToken cancellationToken)
    {
        var json = await documents.GetAsync(DocumentName, cancellationToken);
        var definition = json is null ? new ContentDefinition() : ContentDefinitionJson.FromJson(json);
        return new CacheLoad<ContentDefinition>(definition, 1024 + ((json?.ToJsonString().Length ?? 0) * 8L));
    }
}
