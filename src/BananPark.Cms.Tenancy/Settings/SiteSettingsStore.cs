using System.Text.Json;
using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Tenancy.Settings;

/// <summary>
/// Site settings per tenant: read once into the site's cache and evicted when a settings change commits;
/// inside a unit of work that saves them, its working copy (dropped on rollback). Pages show settings (the
/// site name, the footer), so a committed change also evicts cached pages.
/// </summary>
internal sealed class SiteSettingsStore(
    IDocumentStore documents, IStoreSession session, ITenantContext tenant, ITenantCache cache, IChangeSignal signal) : ISiteSettingsStore
{
    internal const string DocumentName = "SiteSettings";

    private SiteSettings? _working;

    public Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
        => _working is not null
            ? Task.FromResult(_working)
            : cache.GetOrLoadAsync(tenant.Tenant.Name, SiteChanges.Settings, DocumentName, LoadAsync, cancellationToken);

    public async Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default)
    {
        // Restores what this save replaced: a nested unit of work that rolls back leaves the outer one's copy.
        var replaced = _working;
        session.AfterRollback(() => _working = replaced);
        _working = settings;
        var json = JsonSerializer.SerializeToNode(settings, ContentJson.Options)!.AsObject();
        await documents.SaveAsync(DocumentName, json, cancellationToken);
        await session.AfterCommitAsync(_ =>
        {
            _working = null;
            return Task.CompletedTask;
        }, cancellationToken);
        await signal.SignalAsync(SiteChanges.Settings, cancellationToken);
    }

    private async Task<CacheLoad<SiteSettings>> LoadAsync(CancellationToken cancellationToken)
    {
        var json = await documents.GetAsync(DocumentName, cancellationToken);
        var settings = json?.Deserialize<SiteSettings>(ContentJson.Options) ?? new SiteSettings();
        return new CacheLoad<SiteSettings>(settings, 1024 + ((json?.ToJsonString().Length ?? 0) * 8L));
    }
}
