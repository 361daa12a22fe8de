using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// The import of <see cref="Items"/> generated enterprises through the recipe executor, and its dry run (everything
/// executes, then rolls back), each on a fresh tenant set up from the Banan recipe before every iteration (not timed).
/// One import takes seconds, so each iteration is one operation and there are few of them: one warm-up and three
/// measured iterations, after BenchmarkDotNet's one jitting run; a run of both takes a few minutes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class ImportBenchmarks
{
    private RecipeDescriptor _banan = null!;
    private RecipeDescriptor _generated = null!;
    private TestTenant? _tenant;

    /// <summary>Generated enterprises in the imported recipe.</summary>
    [Params(10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _banan = await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe);
        _generated = RecipeReader.Read(GeneratedEnterprises.Recipe(Items), "generated.recipe.json");
    }

    [IterationSetup]
    public void FreshTenant() => _tenant = Task.Run(async () =>
    {
        var tenant = await TestTenant.CreateAsync();
        await tenant.ImportAsync(_banan);
        return tenant;
    }).GetAwaiter().GetResult();

    [IterationCleanup]
    public void DeleteTenant()
    {
        Task.Run(async () => await _tenant!.DisposeAsync()).GetAwaiter().GetResult();
        _tenant = null;
    }

    [Benchmark(Baseline = true, Description = "Import")]
    public async Task<int> Import() => Created(await _tenant!.ImportAsync(_generated));

    [Benchmark(Description = "Dry run")]
    public async Task<int> DryRun() => Created(await _tenant!.ImportAsync(_generated, dryRun: true));

    /// <summary>An import that did not create every item would be a benchmark of something else.</summary>
    private int Created(RecipeReport report)
        => report.Counts.TryGetValue("Content.Created", out var created) && created == Items
            ? created
            : throw new InvalidOperationException($"The import created {created} items, not {Items}.");

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ItemsPerSecondColumn());
    }
}
