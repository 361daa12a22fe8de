using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Data.Services;

/// <summary>
/// One process at a time brings a tenant's store up to date on start (migrations, first setup): two
/// processes started on one fresh store set it up once, the second waiting for the first. The lock
/// must vanish with a process that dies holding it (SQLite: an OS file lock; PostgreSQL: an advisory lock).
/// </summary>
public interface ITenantSetupLock
{
    /// <summary>
    /// Waits until this process holds the tenant's setup lock; dispose the result to release it.
    /// <paramref name="waiting"/> is called once if another process holds it at first.
    /// </summary>
    Task<IAsyncDisposable> AcquireAsync(TenantSettings tenant, Action? waiting, CancellationToken cancellationToken);
}
