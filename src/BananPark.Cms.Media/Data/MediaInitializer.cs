using BananPark.Cms.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Media.Data;

/// <summary>Applies the media migrations to the tenant's database on start (after the content store and accounts).</summary>
internal sealed class MediaInitializer(MediaDbContext db) : ITenantInitializer
{
    public int Order => 20;

    public Task InitializeAsync(CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
}
