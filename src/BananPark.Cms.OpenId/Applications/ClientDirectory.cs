using System.Collections.Concurrent;
using System.Collections.Frozen;
using BananPark.Cms.Core.Data;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Applications;

/// <summary>One application as bearer validation and CORS need it.</summary>
/// <param name="ClientId">Its client id.</param>
/// <param name="DisplayName">Its name, for the audit trail.</param>
/// <param name="Roles">The roles its client-credentials tokens act with.</param>
/// <param name="CorsOrigins">The origins it allows.</param>
public sealed record ClientEntry(string ClientId, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> CorsOrigins);

/// <summary>
/// Every application of a tenant, loaded once and kept until an application (or a role) changes: a change committed
/// on any node signals <see cref="SiteChanges.Permissions"/>, and each node's listener evicts the tenant's entry.
/// </summary>
public sealed class ClientDirectory : ISiteChangeListener
{
    private readonly ConcurrentDictionary<string, Task<FrozenDictionary<string, ClientEntry>>> _tenants = new(StringComparer.Ordinal);

    /// <summary>The tenant's applications by client id, from <paramref name="applications"/> of the caller's scope.</summary>
    public Task<FrozenDictionary<string, ClientEntry>> GetAsync(string tenant, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var loading = _tenants.GetOrAdd(tenant, _ => LoadAsync(applications, cancellationToken));
        if (loading.IsFaulted || loading.IsCanceled)
        {
            _tenants.TryRemove(new KeyValuePair<string, Task<FrozenDictionary<string, ClientEntry>>>(tenant, loading));
        }

        return loading;
    }

    /// <summary>Forgets the tenant's applications (after a change on this node).</summary>
    public void Evict(string tenant) => _tenants.TryRemove(tenant, out _);

    public Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
    {
        if (changes.HasFlag(SiteChanges.Permissions))
        {
            Evict(tenantName);
        }

        return Task.CompletedTask;
    }

    private static async Task<FrozenDictionary<string, ClientEntry>> LoadAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, ClientEntry>(StringComparer.Ordinal);
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var clientId = await applications.GetClientIdAsync(application, cancellationToken);
            if (clientId is null)
            {
                continue;
            }

            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            entries[clientId] = new ClientEntry(
                clientId,
                await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId,
                ApplicationProperties.Read(properties, ApplicationProperties.Roles),
                ApplicationProperties.Read(properties, ApplicationProperties.CorsOrigins));
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
