using BananPark.Cms.Data.Providers;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Data;

/// <summary>Accounts, roles, signed-in sessions and the security log, in the tenant's database with migrations of their own.</summary>
public sealed class CmsIdentityDbContext(DbContextOptions<CmsIdentityDbContext> options) : IdentityDbContext<CmsUser, CmsRole, string>(options)
{
    public const string MigrationsTable = "__IdentityMigrationsHistory";

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.UseUtcDateTimes();

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
        builder.Entity<UserSession>(e =>
        {
            e.ToTable("UserSessions");
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.UserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.IpAddress).HasMaxLength(64);
            e.Property(x => x.UserAgent).HasMaxLength(512);
            e.Property(x => x.SecurityStamp).HasMaxLength(256);
            e.HasIndex(x => x.UserId);
            e.HasOne<CmsUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
