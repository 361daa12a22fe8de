using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Data;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Recipes.Tests;

/// <summary>
/// A Content step bigger than one write batch (the content manager writes 500 items at a time): still one
/// transaction, checked before the first write, idempotent, audited in bulk, with progress, and exported whole.
/// </summary>
public sealed class ImportAtScaleTests : IAsyncLifetime
{
    private const int Count = 1_234;
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(await Recipes.BananAsync());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task ImportAsync_WhenStepSpansSeveralBatches_CreatesEveryItemThenLeavesThemAlone()
    {
        var first = await _tenant.ImportAsync(GeneratedEnterprises.Recipe(Count), "generated.recipe.json");
        var snapshot = await _tenant.SnapshotAsync();
        var second = await _tenant.ImportAsync(GeneratedEnterprises.Recipe(Count), "generated.recipe.json");

        Assert.Equal(Count, first["Content.Created"]);
        Assert.Equal(Count, second["Content.Unchanged"]);
        Assert.Equal(0, second["Content.Created"] + second["Content.Updated"]);
        Assert.Equal(snapshot, await _tenant.SnapshotAsync());
        Assert.Equal(30 + Count, await CountPublishedAsync());
    }

    [Fact]
    public async Task ImportAsync_WhenOneItemInALaterBatchChanges_UpdatesOnlyIt()
    {
        await _tenant.ImportAsync(GeneratedEnterprises.Recipe(Count), "generated.recipe.json");
        var recipe = GeneratedEnterprises.RecipeJson(Count);
        Items(recipe)[1100]!["TitlePart"]!["Title"] = "Renamed in the second import";
        Items(recipe)[1100]!["DisplayText"] = "Renamed in the second import";

        var report = await _tenant.ImportAsync(recipe.ToJsonString(), "generated.recipe.json");

        Assert.Equal(1, report["Content.Updated"]);
        Assert.Equal(Count - 1, report["Content.Unchanged"]);
        var renamed = await _tenant.RunAsync<IPublishedContent, ContentItemSnapshot?>(p => p.GetByRouteAsync(GeneratedEnterprises.Route(1100)));
        Assert.Equal("Renamed in the second import", renamed!.DisplayText);
    }

    [Fact]
    public async Task ImportAsync_WhenAnItemInTheLastBatchIsInvalid_NamesItAndWritesNothing()
    {
        var before = await _tenant.SnapshotAsync();
        var recipe = GeneratedEnterprises.RecipeJson(Count);
        Items(recipe)[1200]!["Enterprise"]!["Website"]!["Url"] = "javascript:alert(1)";

        var error = await Assert.ThrowsAsync<RecipeException>(() => _tenant.ImportAsync(recipe.ToJsonString(), "generated.recipe.json"));

        Assert.Equal("$.steps[0].data[1200].Enterprise.Website", error.JsonPath);
        Assert.StartsWith("Generated enterprise 01200", error.Item, StringComparison.Ordinal);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_RecordsOneImportEventWithItsCountsAndOneEventPerItem()
    {
        await _tenant.ImportAsync(GeneratedEnterprises.Recipe(Count), "generated.recipe.json");

        var events = await _tenant.RunAsync<CmsDbContext, List<(string Event, string? Text)>>(async db =>
            (await db.AuditEvents.AsNoTracking().Where(e => e.ContentItemId == "" || e.ContentItemId.StartsWith("4gen"))
                .Select(e => new { e.Event, e.DisplayText }).ToListAsync()).ConvertAll(e => (e.Event, e.DisplayText)));

        Assert.Equal(Count, events.Count(e => e.Event == nameof(ContentEventKind.Imported)));
        var summary = Assert.Single(events, e => e.Event == "RecipeImported" && e.Text!.StartsWith("generated.recipe.json", StringComparison.Ordinal));
        Assert.Contains("1,234 created, 0 updated, 0 unchanged", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_ReportsItemsDoneUpToTheTotal()
    {
        var seen = new List<RecipeProgress>();
        await _tenant.RunScopeAsync(async services =>
        {
            var step = services.GetServices<IRecipeStep>().Single(s => s.Name == "Content");
            var recipe = RecipeReader.Read(GeneratedEnterprises.Recipe(Count), "generated.recipe.json");
            await using var transaction = await services.GetRequiredService<Core.Data.IStoreSession>().BeginTransactionAsync();
            await step.ExecuteAsync(new RecipeStepContext
            {
                Source = recipe.Source,
                StepIndex = 0,
                Step = EvaluatedScripts(recipe.Steps[0]),
                Report = new RecipeReport(),
                Progress = new Collect(seen),
            }, CancellationToken.None);
            return true;
        });

        Assert.Equal(0, seen[0].ItemsDone);
        Assert.All(seen, p => Assert.Equal(Count, p.ItemsTotal));
        Assert.Equal(Count, seen[^1].ItemsDone);
        Assert.True(seen.Count >= 3, $"Expected a report per batch of 500, saw {seen.Count}.");
    }

    [Fact]
    public async Task ExportAsync_WhenTheSiteHoldsMoreThanOneExportPage_ExportsEveryItem()
    {
        await _tenant.ImportAsync(GeneratedEnterprises.Recipe(Count), "generated.recipe.json");

        var export = JsonNode.Parse(await _tenant.ExportAsync())!;

        var content = export["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Content")!;
        Assert.Equal(30 + Count, content["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task ImportAsync_WhenRowsWereStoredWithEscapedText_SeesThemUnchanged()
    {
        // Rows written before the writer stopped escaping hold "\u0027" for "'" and "\u4E2D" for Chinese.
        await _tenant.RunAsync<CmsDbContext>(async db =>
        {
            foreach (var row in await db.ContentItems.ToListAsync())
            {
                row.Json = JsonNode.Parse(row.Json)!.ToJsonString();
            }

            await db.SaveChangesAsync();
        });

        var report = await _tenant.ImportAsync(await Recipes.BananAsync());

        Assert.Equal(30, report["Content.Unchanged"]);
    }

    private static JsonArray Items(JsonObject recipe) => recipe["steps"]![0]!["data"]!.AsArray();

    /// <summary>The generated recipe's scripts (the owner) replaced by a value, as the executor would.</summary>
    private static JsonObject EvaluatedScripts(JsonObject step)
    {
        var copy = (JsonObject)step.DeepClone();
        foreach (var item in copy["data"]!.AsArray())
        {
            item!["Owner"] = "admin";
            item["Author"] = "admin";
        }

        return copy;
    }

    private Task<int> CountPublishedAsync()
        => _tenant.RunAsync<IPublishedContent, int>(async p => (await p.QueryAsync(new ContentQuery { Take = 1 })).Total);

    private sealed class Collect(List<RecipeProgress> seen) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) => seen.Add(value);
    }
}
