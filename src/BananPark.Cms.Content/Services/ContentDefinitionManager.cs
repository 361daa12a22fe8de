using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;

namespace BananPark.Cms.Content.Services;

/// <summary>Definitions of the current tenant: cached when committed, the working copy inside a unit of work.</summary>
internal sealed class ContentDefinitionManager(
    IDocumentStore documents, IStoreSession session, ContentDefinitionCache cache, ITenantContext tenant, ContentChangeNotifier notifier) : IContentDefinitionManager
{
    internal const string DocumentName = "ContentDefinition";

    private ContentDefinition? _working;

    public Task<ContentDefinition> GetAsync(CancellationToken cancellationToken = default)
        => _working is not null ? Task.FromResult(_working) : cache.GetOrLoadAsync(tenant.Tenant.Name, LoadAsync);

    public async Task SaveAsync(ContentDefinition definition, CancellationToken cancellationToken = default)
    {
        _working = definition;
        await documents.SaveAsync(DocumentName, ContentDefinitionJson.ToJson(definition), cancellationToken);
        var committed = ContentDefinitionJson.Clone(definition);
        await session.AfterCommitAsync(_ =>
        {
            cache.Set(tenant.Tenant.Name, committed);
            return Task.CompletedTask;
        }, cancellationToken);
        // Pages show definitions (field labels), so cached pages must go too.
        await notifier.SignalAsync(cancellationToken);
    }

    private async Task<ContentDefinition> LoadAsync()
    {
        var json = await documents.GetAsync(DocumentName);
        return json is null ? new ContentDefinition() : ContentDefinitionJson.FromJson(json);
    }
}
