using System.Diagnostics;
using System.Globalization;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// <c>import [count]</c>: the recipe import at the park's real size, timed once end to end as an editor runs
/// it (the Banan recipe, then a dry run, the import and a second, unchanged import of <c>count</c> generated
/// enterprises, 10,000 by default), with the process's peak memory. A single run, not a statistical one:
/// BenchmarkDotNet measures time and allocations. With <c>Cms__DatabaseProvider=PostgreSql</c> and
/// <c>Cms__ConnectionString</c> in the environment it runs on SQLite and then on PostgreSQL (a schema of its own,
/// dropped afterwards), so both figures come from one run on one machine state.
/// </summary>
public static class ImportRun
{
    private static TimeSpan _cpu;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        await RunOnAsync(TestStore.Sqlite, new Dictionary<string, string?>(), count);
        if (Environment.GetEnvironmentVariable("Cms__DatabaseProvider") == "PostgreSql"
            && Environment.GetEnvironmentVariable("Cms__ConnectionString") is { Length: > 0 } connectionString)
        {
            await RunOnAsync(TestStore.PostgreSql, new Dictionary<string, string?> { ["Cms:ConnectionString"] = connectionString }, count);
        }

        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB; allocated in all: {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0:F0} MiB.");
        return 0;
    }

    private static async Task RunOnAsync(TestStore store, IReadOnlyDictionary<string, string?> settings, int count)
    {
        Console.WriteLine($"--- {store} ---");
        await using var tenant = await TestTenant.CreateAsync(_ => { }, settings, store);
        await tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
        var json = GeneratedEnterprises.Recipe(count);
        Console.WriteLine($"Recipe of {count:N0} enterprises: {json.Length / 1024.0 / 1024.0:F1} MiB of JSON.");

        _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var recipe = RecipeReader.Read(json, "generated.recipe.json");
        Report("read", watch, null);
        Report("dry run", watch, await tenant.ImportAsync(recipe, dryRun: true));
        Report("import", watch, await tenant.ImportAsync(recipe));
        Report("import again", watch, await tenant.ImportAsync(recipe));
    }

    private static void Report(string what, Stopwatch watch, Core.Recipes.RecipeReport? report)
    {
        var counts = report is null ? "" : " (" + string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value:N0}")) + ")";
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine($"{what,-14} {watch.Elapsed.TotalSeconds,7:F2} s, CPU {(cpu - _cpu).TotalSeconds,6:F2} s{counts}");
        _cpu = cpu;
        watch.Restart();
    }
}
