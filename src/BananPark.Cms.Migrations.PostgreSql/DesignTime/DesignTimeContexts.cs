using BananPark.Cms.Data;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Media.Data;
using BananPark.Cms.OpenId.Data;
using BananPark.Cms.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BananPark.Cms.Migrations.PostgreSql.DesignTime;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a server or a host (nothing connects
/// while a migration is scaffolded). The schema is the tenant's at run time (search path), so none is named here.
/// </summary>
internal static class DesignTimeContexts
{
    /// <summary>Never used to connect: scaffolding only reads the model.</summary>
    private const string NoServer = "Host=localhost;Database=design_time_only";

    public static DbContextOptions<T> Options<T>(string historyTable) where T : DbContext
        => new DbContextOptionsBuilder<T>()
            .UseNpgsql(NoServer, npgsql => npgsql.MigrationsAssembly(TenantStore.PostgreSqlMigrationsAssembly).MigrationsHistoryTable(historyTable))
            .Options;
}

/// <summary>The content store's PostgreSQL model for the migrations tools.</summary>
internal sealed class CmsDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args) => new(DesignTimeContexts.Options<CmsDbContext>("__EFMigrationsHistory"));
}

/// <summary>The identity store's PostgreSQL model for the migrations tools.</summary>
internal sealed class CmsIdentityDbContextFactory : IDesignTimeDbContextFactory<CmsIdentityDbContext>
{
    public CmsIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeContexts.Options<CmsIdentityDbContext>(CmsIdentityDbContext.MigrationsTable));
}

/// <summary>The media library's PostgreSQL model for the migrations tools.</summary>
internal sealed class MediaDbContextFactory : IDesignTimeDbContextFactory<MediaDbContext>
{
    public MediaDbContext CreateDbContext(string[] args) => new(DesignTimeContexts.Options<MediaDbContext>(MediaDbContext.MigrationsTable));
}

/// <summary>The OpenID store's PostgreSQL model for the migrations tools.</summary>
internal sealed class OpenIdDbContextFactory : IDesignTimeDbContextFactory<OpenIdDbContext>
{
    public OpenIdDbContext CreateDbContext(string[] args) => new(DesignTimeContexts.Options<OpenIdDbContext>(OpenIdDbContext.MigrationsTable));
}

/// <summary>The search index's PostgreSQL model for the migrations tools.</summary>
internal sealed class SearchDbContextFactory : IDesignTimeDbContextFactory<SearchDbContext>
{
    public SearchDbContext CreateDbContext(string[] args) => new(DesignTimeContexts.Options<SearchDbContext>(SearchDbContext.MigrationsTable));
}

/// <summary>The enquiries' PostgreSQL model for the migrations tools.</summary>
internal sealed class EnquiriesDbContextFactory : IDesignTimeDbContextFactory<EnquiriesDbContext>
{
    public EnquiriesDbContext CreateDbContext(string[] args) => new(DesignTimeContexts.Options<EnquiriesDbContext>(EnquiriesDbContext.MigrationsTable));
}
