using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Applications;

/// <summary>The content API's CORS origins: those some application of the tenant lists (exact, case-insensitive match of scheme://host[:port]).</summary>
internal sealed class ApiClientOrigins(ClientDirectory directory, IOpenIddictApplicationManager applications, ITenantContext tenant) : IApiClientOrigins
{
    public async Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(origin))
        {
            return false;
        }

        var clients = await directory.GetAsync(tenant.Tenant.Name, applications, cancellationToken);
        return clients.Values.Any(c => c.CorsOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase));
    }
}
