using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.OpenId.Server;

/// <summary>
/// The tenant a singleton works for at this moment: the request's (its scope's <see cref="ITenantContext"/>), or the
/// one a job set with <see cref="Use"/>. OpenIddict's options are singletons; this is how they become per tenant.
/// </summary>
public sealed class CurrentTenantName(IHttpContextAccessor http)
{
    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The current tenant's name; throws when there is none (a bug: OpenIddict used outside a tenant).</summary>
    public string Value => Ambient.Value
        ?? http.HttpContext?.RequestServices.GetService<ITenantContext>()?.Tenant.Name
        ?? throw new InvalidOperationException("OpenIddict was used outside a tenant's request or job.");

    /// <summary>Makes <paramref name="tenant"/> current for the calling flow until the result is disposed.</summary>
    public static IDisposable Use(string tenant)
    {
        var previous = Ambient.Value;
        Ambient.Value = tenant;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
