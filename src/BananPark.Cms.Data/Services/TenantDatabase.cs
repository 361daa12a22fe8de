using BananPark.Cms.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Data.Services;

/// <summary>Creates and upgrades a tenant's database through the migrations.</summary>
public sealed class TenantDatabase(CmsDbContext db, TenantDataPaths paths, ITenantContext tenant) : ITenantInitializer
{
    /// <summary>First: everything else stores into this database.</summary>
    public int Order => 0;

    public Task InitializeAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    /// <summary>Creates the tenant folder and applies pending migrations. Cheap when up to date.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.TenantFolder(tenant.Tenant));
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers go on while an import writes; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
