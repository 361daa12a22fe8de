using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Recipes.Tests;

/// <summary>The executor inside a caller's transaction, and the progress it reports.</summary>
public sealed class RecipeExecutorTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
        => _tenant = await TestTenant.CreateAsync(services => services.AddScoped<IRecipeStep, ProbeStep>());

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_WhenProgressIsWatched_ReportsEachStepStartAndTheStepsItems()
    {
        var recipe = new RecipeBuilder().Type("Group", "groups").Step(new() { ["name"] = ProbeStep.StepName })
            .Content(new ContentItemBuilder("Group").WithTitle("Yudong").Build()).Build();
        var reported = new Progress();

        await _tenant.RunAsync<RecipeExecutor>(e => e.ExecuteAsync(Recipes.Read(recipe), TestTenant.TestParameters, progress: reported));

        var starts = reported.Values.Where(p => p.ItemsTotal == 0).ToList();
        Assert.Equal(
            [new(0, 3, "ContentDefinition", 0, 0), new(1, 3, ProbeStep.StepName, 0, 0), new RecipeProgress(2, 3, "Content", 0, 0)],
            starts);
        Assert.Contains(new RecipeProgress(1, 3, ProbeStep.StepName, 2, 5), reported.Values);
        Assert.True(reported.Values.IndexOf(new(1, 3, ProbeStep.StepName, 2, 5)) < reported.Values.IndexOf(starts[2]));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheCallersTransactionRollsBack_KeepsNothing()
    {
        var before = await _tenant.SnapshotAsync();
        var recipe = new RecipeBuilder().Type("Group", "groups").Content(new ContentItemBuilder("Group").WithTitle("Yudong").Build()).Build();

        var report = await _tenant.RunScopeAsync(async services =>
        {
            await using var transaction = await services.GetRequiredService<IStoreSession>().BeginTransactionAsync();
            return await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipes.Read(recipe), TestTenant.TestParameters);
        });

        Assert.Equal(1, report["Content.Created"]);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task ExecuteAsync_WhenADryRunRunsInsideTheCallersTransaction_UndoesOnlyItsOwnWork()
    {
        var kept = new RecipeBuilder().Type("Group", "groups").Content(new ContentItemBuilder("Group").WithTitle("Yudong").WithRoute("groups/yudong").Build()).Build();
        var tried = new RecipeBuilder().Type("Event", "events").Content(new ContentItemBuilder("Event").WithTitle("Open day").WithRoute("events/open-day").Build()).Build();

        var seenInside = await _tenant.RunScopeAsync(async services =>
        {
            var executor = services.GetRequiredService<RecipeExecutor>();
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            await using var transaction = await services.GetRequiredService<IStoreSession>().BeginTransactionAsync();
            await executor.ExecuteAsync(Recipes.Read(kept), TestTenant.TestParameters);
            var dryRun = await executor.ExecuteAsync(Recipes.Read(tried), TestTenant.TestParameters, dryRun: true);
            var types = (await definitions.GetAsync()).Types.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
            await transaction.CommitAsync();
            return (dryRun["Content.Created"], types);
        });

        Assert.Equal(1, seenInside.Item1);
        Assert.Equal(["Group"], seenInside.types);
        Assert.Equal(["Group"], (await _tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync())).Types.Select(t => t.Name));
        Assert.Equal(1, await _tenant.CountVersionsAsync());
    }

    /// <summary>Reports two of five items done, as a step with items does.</summary>
    private sealed class ProbeStep : IRecipeStep
    {
        public const string StepName = "Probe";

        public string Name => StepName;

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
        {
            context.ReportItems(2, 5);
            return Task.CompletedTask;
        }
    }

    /// <summary>Keeps every report in order, at once (no posting to another thread as <see cref="Progress{T}"/> does).</summary>
    private sealed class Progress : IProgress<RecipeProgress>
    {
        public List<RecipeProgress> Values { get; } = [];

        public void Report(RecipeProgress value) => Values.Add(value);
    }
}
