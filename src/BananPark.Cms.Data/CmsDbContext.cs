using BananPark.Cms.Data.Entities;
using BananPark.Cms.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Data;

/// <summary>The tenant's database: content item versions, named documents, the audit trail and the old routes of moved items.</summary>
public sealed class CmsDbContext(DbContextOptions<CmsDbContext> options) : DbContext(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    public DbSet<RouteRedirectRecord> RouteRedirects => Set<RouteRedirectRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
}
