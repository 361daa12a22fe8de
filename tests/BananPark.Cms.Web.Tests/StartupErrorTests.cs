namespace BananPark.Cms.Web.Tests;

/// <summary>A wrong setting, or a setup that cannot run, ends the real process non-zero with one clear line and no stack trace.</summary>
public sealed class StartupErrorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("Cms__DatabaseProvider", "Foo", "Cms:DatabaseProvider")]
    [InlineData("Cms__DatabaseProvider", "PostgreSql", "Cms:ConnectionString")]
    [InlineData("Cms__SchemaPrefix", "Bad-Prefix", "Cms:SchemaPrefix")]
    [InlineData("Cms__Recipes__Path", "no-such-folder", "Cms:Recipes:Path")]
    [InlineData("Cms__Setup__Recipe", "", "Cms:Setup:Recipe")]
    public async Task Start_WhenASettingIsWrong_PrintsOneLineNamingItAndExitsNonZero(string variable, string value, string key)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "banan-process-tests", Guid.NewGuid().ToString("N"));
        await using var site = SiteProcess.Start("site", dataPath, new Dictionary<string, string> { [variable] = value });

        var exitCode = await site.WaitForExitAsync(Timeout);
        await site.StopAsync();

        var report = SiteProcess.Report(site);
        Assert.True(exitCode != 0, report);
        var line = Assert.Single(site.OutputLines);
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", site.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataPath), "Nothing is written before the settings are checked.");
    }

    [Fact]
    public async Task Start_WhenSetupRecipeIsMissing_LogsOneCriticalLineNamingItAndExitsNonZero()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "banan-process-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var site = SiteProcess.Start("site", dataPath, new Dictionary<string, string> { ["Cms__Setup__Recipe"] = "no-such-recipe" });

            var exitCode = await site.WaitForExitAsync(Timeout);
            await site.StopAsync();

            var report = SiteProcess.Report(site);
            Assert.True(exitCode != 0, report);
            var critical = Assert.Single(site.OutputLines, l => l.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal));
            Assert.Contains("no-such-recipe", critical, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", site.Output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }
}
