using BananPark.Cms.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.OpenId.Data;

/// <summary>
/// OpenIddict's applications, authorizations, scopes and tokens, and the tenant's signing and encryption keys,
/// in the tenant's database with migrations of their own.
/// </summary>
public sealed class OpenIdDbContext(DbContextOptions<OpenIdDbContext> options) : DbContext(options)
{
    public const string MigrationsTable = "__OpenIdMigrationsHistory";

    public DbSet<OpenIdKey> Keys => Set<OpenIdKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIdKey>(e =>
        {
            e.ToTable("OpenIdKeys");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Use).HasMaxLength(8).IsRequired();
            e.Property(x => x.ProtectedKey).IsRequired();
            e.HasIndex(x => new { x.Use, x.ActivatesUtc });
        });
    }
}
