using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Media.Processing;

/// <summary>Loads the tenant's signing key on start, so URLs are signed without waiting on the store.</summary>
internal sealed class MediaSigningInitializer(MediaSigning signing, IDocumentStore documents, ITenantContext tenant) : ITenantInitializer
{
    public int Order => 21;

    public Task InitializeAsync(CancellationToken cancellationToken) => signing.LoadAsync(tenant.Tenant.Name, documents, cancellationToken);
}
