using System.Diagnostics;
using BananPark.Cms.Testing;
using Npgsql;

namespace BananPark.Cms.Data.Tests.Backup;

/// <summary>
/// PostgreSQL: <c>pg_dump -n {schema} -Fc</c> while the site runs, the schema dropped, <c>pg_restore</c> into the empty
/// database, as the README says. Debian's tools from <c>/usr/lib/postgresql/*/bin</c> (newest), where <c>.ci/services</c>
/// installed the server.
/// </summary>
public sealed class PostgreSqlBackupRestoreTests : BackupRestoreTests
{
    protected override TestStore Store => TestStore.PostgreSql;

    protected override async Task<IReadOnlyDictionary<string, string?>> BackUpAndRestoreAsync(TestTenant running)
    {
        var file = Path.Combine(Path.GetTempPath(), "banan-tests", "backup-" + Guid.NewGuid().ToString("N") + ".dump");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            await RunAsync("pg_dump", running.ConnectionString!, "--format=custom", "--no-owner", $"--schema={running.Schema}", $"--file={file}");
            await PostgreSqlSchemas.DropAsync(running.ConnectionString!, running.Schema!);
            await RunAsync("pg_restore", running.ConnectionString!, "--no-owner", "--exit-on-error", file);
        }
        finally
        {
            File.Delete(file);
        }

        return running.StoreSettings;
    }

    /// <summary>Runs a PostgreSQL client tool against the connection string's server and database; fails with its output.</summary>
    private static async Task RunAsync(string tool, string connectionString, params string[] arguments)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { $"--host={server.Host}", $"--port={server.Port}", $"--username={server.Username}", $"--dbname={server.Database}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The password goes by environment, never on the command line (other users can read that).
        start.Environment["PGPASSWORD"] = server.Password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await errors}{await output}");
    }

    private static string Tool(string name)
        => Directory.Exists("/usr/lib/postgresql")
            && Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault() is { } path
            ? path
            : throw new InvalidOperationException($"{name} not found under /usr/lib/postgresql/*/bin: apt-get install postgresql-client.");
}
