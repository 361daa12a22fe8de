using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.OpenId.Keys;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.OpenId.Data;

/// <summary>Applies the OpenID migrations to the tenant's database on start, then makes sure the tenant has its keys.</summary>
internal sealed class OpenIdInitializer(OpenIdDbContext db, KeyRotation keys) : ITenantInitializer
{
    public int Order => 20;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await keys.EnsureAsync(cancellationToken);
    }
}
