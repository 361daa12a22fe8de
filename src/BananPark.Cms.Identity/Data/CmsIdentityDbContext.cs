using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Data;

/// <summary>Accounts, roles and the security log, in the tenant's database with migrations of their own.</summary>
public sealed class CmsIdentityDbContext(DbContextOptions<CmsIdentityDbContext> options) : IdentityDbContext<CmsUser, CmsRole, string>(options)
{
    public const string MigrationsTable = "__IdentityMigrationsHistory";

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CmsUser>().Property(u => u.DisplayName).HasMaxLength(256);
        builder.Entity<CmsRole>().Property(r => r.Description).HasMaxLength(1024);
        builder.Entity<SecurityEvent>(e =>
        {
            e.ToTable("SecurityEvents");
            e.Property(x => x.Kind).HasMaxLength(64).IsRequired();
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.Subject).HasMaxLength(256);
            e.Property(x => x.IpAddress).HasMaxLength(64);
            e.Property(x => x.Detail).HasMaxLength(2048);
            e.HasIndex(x => x.OccurredUtc);
            e.HasIndex(x => new { x.Kind, x.OccurredUtc });
            e.HasIndex(x => new { x.Actor, x.OccurredUtc });
        });
    }
}
