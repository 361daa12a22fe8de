using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Data.Services;

/// <summary>
/// Gathers what a unit of work changed and tells the listeners (caches, cached pages) once, after it
/// commits; a rolled-back unit tells nothing. Content, definitions, settings, themes and roles all
/// signal through here.
/// </summary>
internal sealed class ChangeSignal(IStoreSession session, IEnumerable<ISiteChangeListener> listeners, ITenantContext tenant) : IChangeSignal
{
    private const string Key = "site-changed";

    private SiteChanges _pending;

    public async Task SignalAsync(SiteChanges changes, CancellationToken cancellationToken = default)
    {
        if (changes == SiteChanges.None)
        {
            return;
        }

        var tenantName = tenant.Tenant.Name;
        if (!session.InTransaction)
        {
            await TellAsync(tenantName, changes, cancellationToken);
            return;
        }

        if (_pending == SiteChanges.None)
        {
            session.AfterRollback(() => _pending = SiteChanges.None);
            await session.AfterCommitOnceAsync(Key, ct =>
            {
                var committed = _pending;
                _pending = SiteChanges.None;
                return TellAsync(tenantName, committed, ct);
            }, cancellationToken);
        }

        _pending |= changes;
    }

    private async Task TellAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.SiteChangedAsync(tenantName, changes, cancellationToken);
        }
    }
}
