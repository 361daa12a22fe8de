using BananPark.Cms.Data.Services;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Data.Tests;

/// <summary>Migrations on start, including after a process died while migrating.</summary>
public sealed class TenantDatabaseTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync() => _tenant = await TestTenant.CreateAsync();

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task MigrateAsync_WhenAKilledProcessLeftEfCoresMigrationLock_RemovesItAndMigrates()
    {
        var cancel = TestContext.Current.CancellationToken;
        await _tenant.RunAsync<CmsDbContext>(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-01-01 00:00:00');", cancel));

        await _tenant.RunScopeAsync(async services =>
        {
            await services.GetRequiredService<TenantDatabase>().MigrateAsync(cancel).WaitAsync(TimeSpan.FromSeconds(30), cancel);
            return true;
        });

        var locks = await _tenant.RunAsync<CmsDbContext, int>(db => db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync(cancel));
        Assert.Equal(0, locks);
    }
}
