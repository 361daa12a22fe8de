using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;
using Microsoft.Data.Sqlite;

namespace BananPark.Cms.Data.Providers;

/// <summary>
/// An online backup of SQLite tenants: SQLite's backup API copies a consistent snapshot of each tenant's
/// <c>cms.db</c> while the site keeps serving (and writing), into <c>{destination}/Sites/{Tenant}/cms.db</c>, the
/// layout of a data folder: restoring is pointing <c>Cms:DataPath</c> at it, or copying its <c>Sites</c> folder back
/// while the site is stopped. The data-protection keys are copied along, so signed-in cookies stay valid.
/// PostgreSQL is backed up with its own tools (<c>pg_dump -n schema</c>; see the README).
/// </summary>
public sealed class SqliteBackup(TenantDataPaths paths)
{
    /// <summary>Backs up <paramref name="tenants"/> into <paramref name="destination"/> (created; an existing tenant file there is replaced).</summary>
    public async Task BackupAsync(IEnumerable<TenantSettings> tenants, string destination, CancellationToken cancellationToken = default)
    {
        var target = new TenantDataPaths(Path.GetFullPath(destination));
        foreach (var tenant in tenants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = Path.Combine(paths.TenantFolder(tenant), "cms.db");
            if (!File.Exists(source))
            {
                continue;
            }

            Directory.CreateDirectory(target.TenantFolder(tenant));
            await using var from = new SqliteConnection(paths.SqliteConnectionString(tenant));
            await using var to = new SqliteConnection(target.SqliteConnectionString(tenant));
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            from.BackupDatabase(to);
        }

        var keys = Path.Combine(paths.Root, "DataProtection-Keys");
        if (Directory.Exists(keys))
        {
            var copy = Directory.CreateDirectory(Path.Combine(target.Root, "DataProtection-Keys"));
            foreach (var key in Directory.GetFiles(keys, "*.xml"))
            {
                File.Copy(key, Path.Combine(copy.FullName, Path.GetFileName(key)), overwrite: true);
            }
        }

        SqliteConnection.ClearAllPools();
    }
}
