using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Data.Services;

/// <summary>
/// Tells the change listeners (page and content caches) once per unit of work, after it commits.
/// Content, definitions and site settings all signal through here; a rolled-back unit signals nothing.
/// </summary>
public sealed class ContentChangeNotifier(IStoreSession session, IEnumerable<IContentChangeListener> listeners, ITenantContext tenant)
{
    private const string Key = "content-changed";

    public Task SignalAsync(CancellationToken cancellationToken)
    {
        var tenantName = tenant.Tenant.Name;
        return session.AfterCommitOnceAsync(Key, async ct =>
        {
            foreach (var listener in listeners)
            {
                await listener.ContentChangedAsync(tenantName, ct);
            }
        }, cancellationToken);
    }
}
