using System.Text.Json.Nodes;
using BananPark.Cms.Testing;
using Microsoft.Data.Sqlite;

namespace BananPark.Cms.Web.Tests;

/// <summary>Two real processes started at once on one fresh data folder set the site up once.</summary>
public sealed class TwoProcessSetupTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Start_WhenTwoProcessesShareAFreshStore_SetsUpOnceAndBothServe()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "banan-process-tests", Guid.NewGuid().ToString("N"));
        var first = SiteProcess.Start("first", dataPath);
        var second = SiteProcess.Start("second", dataPath);
        try
        {
            try
            {
                await Task.WhenAll(first.WaitUntilReadyAsync(Timeout), second.WaitUntilReadyAsync(Timeout));
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.Message}\n{SiteProcess.Report(first, second)}");
            }

            await first.StopAsync();
            await second.StopAsync();
            var report = SiteProcess.Report(first, second);
            var store = ReadStore(dataPath);

            Assert.True(store.Users == 1, $"{store.Users} users.\n{report}");
            Assert.True(store.Administrators == 1, $"{store.Administrators} Administrators.\n{report}");
            Assert.True(store.TenantStates == 1, $"{store.TenantStates} TenantState documents.\n{report}");
            Assert.True(store.Items == await RecipeItemCountAsync() && store.Versions == store.Items, $"{store.Items} items in {store.Versions} versions.\n{report}");
            var setUps = new[] { first, second }.Count(s => s.OutputLines.Any(l => l.Contains("Setting up tenant Default from recipe", StringComparison.Ordinal)));
            var imports = new[] { first, second }.Sum(s => s.OutputLines.Count(l => l.Contains("Imported recipe banan-park", StringComparison.Ordinal)));
            Assert.True(setUps == 1 && imports == 1, $"{setUps} processes set up, {imports} imports.\n{report}");
            Assert.DoesNotContain("UNIQUE constraint failed", report, StringComparison.Ordinal);
            Assert.DoesNotContain("is already taken", report, StringComparison.Ordinal);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

    private static (long Users, long Administrators, long Items, long Versions, long TenantStates) ReadStore(string dataPath)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "Sites", "Default", "cms.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }

        return (
            Count("SELECT COUNT(*) FROM AspNetUsers"),
            Count("SELECT COUNT(*) FROM AspNetUserRoles ur JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = 'Administrator'"),
            Count("SELECT COUNT(DISTINCT ContentItemId) FROM ContentItems"),
            Count("SELECT COUNT(*) FROM ContentItems"),
            Count("SELECT COUNT(*) FROM Documents WHERE Name = 'TenantState'"));
    }

    /// <summary>The items the Banan recipe's Content steps hold: one version each after one import.</summary>
    private static async Task<int> RecipeItemCountAsync()
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.BananRecipe, TestContext.Current.CancellationToken))!;
        return recipe["steps"]!.AsArray()
            .Where(s => string.Equals(s!["name"]!.GetValue<string>(), "Content", StringComparison.OrdinalIgnoreCase))
            .Sum(s => s!["data"]!.AsArray().Count);
    }
}
