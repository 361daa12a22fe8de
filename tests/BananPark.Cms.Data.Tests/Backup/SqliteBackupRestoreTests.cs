using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Data.Tests.Backup;

/// <summary>SQLite: the site's own online backup (<c>backup &lt;folder&gt;</c>, <see cref="SqliteBackup"/>) writes a data folder; restoring is pointing <c>Cms:DataPath</c> at it.</summary>
public sealed class SqliteBackupRestoreTests : BackupRestoreTests
{
    protected override TestStore Store => TestStore.Sqlite;

    protected override async Task<IReadOnlyDictionary<string, string?>> BackUpAndRestoreAsync(TestTenant running)
    {
        var folder = Path.Combine(Path.GetTempPath(), "banan-tests", "backup-" + Guid.NewGuid().ToString("N"));
        await running.RunAsync<SqliteBackup>(b => b.BackupAsync([new TenantSettings { Name = TenantSettings.DefaultName }], folder));
        return new Dictionary<string, string?> { ["Cms:DataPath"] = folder };
    }
}
