using System.Collections.Concurrent;
using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;

namespace BananPark.Cms.Tenancy.Settings;

/// <summary>
/// Site settings per tenant, read from the database once and replaced after a committed change.
/// Pages show settings (the site name, the footer), so a committed change also tells the change
/// listeners, which evict cached pages.
/// </summary>
internal sealed class SiteSettingsStore(
    IDocumentStore documents, IStoreSession session, ITenantContext tenant, SiteSettingsCache cache, ContentChangeNotifier notifier) : ISiteSettingsStore
{
    internal const string DocumentName = "SiteSettings";

    private SiteSettings? _working;

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_working is not null)
        {
            return _working;
        }

        if (cache.TryGetValue(tenant.Tenant.Name, out var cached))
        {
            return cached;
        }

        var json = await documents.GetAsync(DocumentName, cancellationToken);
        var settings = json?.Deserialize<SiteSettings>(ContentJson.Options) ?? new SiteSettings();
        cache[tenant.Tenant.Name] = settings;
        return settings;
    }

    public async Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default)
    {
        _working = settings;
        var json = JsonSerializer.SerializeToNode(settings, ContentJson.Options)!.AsObject();
        await documents.SaveAsync(DocumentName, json, cancellationToken);
        var committed = json.Deserialize<SiteSettings>(ContentJson.Options)!;
        var tenantName = tenant.Tenant.Name;
        await session.AfterCommitAsync(_ =>
        {
            cache[tenantName] = committed;
            return Task.CompletedTask;
        }, cancellationToken);
        await notifier.SignalAsync(cancellationToken);
    }
}

/// <summary>The committed settings of each tenant.</summary>
internal sealed class SiteSettingsCache : ConcurrentDictionary<string, SiteSettings>
{
    public SiteSettingsCache() : base(StringComparer.Ordinal)
    {
    }
}
