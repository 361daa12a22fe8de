using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Content.Services;

/// <summary>Tells the change listeners once per unit of work, after it commits (public for the type editor's purge).</summary>
public sealed class ContentChangeNotifier(IStoreSession session, IEnumerable<IContentChangeListener> listeners, ITenantContext tenant)
{
    private bool _pending;

    public Task SignalAsync(CancellationToken cancellationToken)
    {
        if (_pending)
        {
            return Task.CompletedTask;
        }

        _pending = true;
        return session.AfterCommitAsync(async ct =>
        {
            _pending = false;
            foreach (var listener in listeners)
            {
                await listener.ContentChangedAsync(tenant.Tenant.Name, ct);
            }
        }, cancellationToken);
    }
}
