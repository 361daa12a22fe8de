using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Setup;

/// <summary>Applies the identity migrations to the tenant's database on start.</summary>
internal sealed class IdentityInitializer(CmsIdentityDbContext db) : ITenantInitializer
{
    public int Order => 10;

    public Task InitializeAsync(CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
}
