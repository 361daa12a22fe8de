namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// Runs for each tenant on every start, before setup and before any request (e.g. to apply a
/// capability's migrations). Must stay cheap when there is nothing to do.
/// </summary>
public interface ITenantInitializer
{
    /// <summary>Lower runs first (the content store is 0).</summary>
    int Order { get; }

    /// <summary>Brings the capability's storage up to date for the scope's tenant.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
