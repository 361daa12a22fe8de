using BananPark.Cms.Data.Providers;
using BananPark.Cms.Tenancy.Services;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// <c>backup &lt;folder&gt;</c>: an online backup of every SQLite tenant into a data folder (see <see cref="SqliteBackup"/>),
/// taken with the site's own settings while the site may be running; nothing listens. On PostgreSQL it says to
/// use <c>pg_dump</c> (README, Backup and restore).
/// </summary>
internal static class BackupCommand
{
    public const string Name = "backup";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync("Usage: backup <folder>  (an online backup of every SQLite tenant into <folder>/Sites/{Tenant}/cms.db)");
            return CmsHost.ConfigurationErrorExitCode;
        }

        if (services.GetRequiredService<TenantStore>().IsPostgreSql)
        {
            await Console.Error.WriteLineAsync("The store is PostgreSQL: back it up with pg_dump -n <schema> (README, Backup and restore).");
            return CmsHost.ConfigurationErrorExitCode;
        }

        await services.GetRequiredService<SqliteBackup>().BackupAsync(services.GetRequiredService<TenantRegistry>().All, args[1]);
        await Console.Out.WriteLineAsync($"Backed up to {Path.GetFullPath(args[1])}; start the site with Cms__DataPath pointing there to use it.");
        return 0;
    }
}
