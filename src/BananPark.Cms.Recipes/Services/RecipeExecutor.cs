using System.Diagnostics;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Diagnostics;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Scripting;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Recipes.Services;

/// <summary>
/// Imports a recipe all-or-nothing: every step name is checked and every script value
/// evaluated before the first write; then the steps run in order inside one transaction
/// (nested in the caller's when one is open), and any error rolls all of them back.
/// </summary>
public sealed class RecipeExecutor(IEnumerable<IRecipeStep> steps, IStoreSession session, ILogger<RecipeExecutor> logger)
{
    /// <summary>The Content step counts its items as "Content.{outcome}".</summary>
    private const string ContentCountPrefix = "Content.";

    /// <summary>
    /// Runs the recipe. With <paramref name="dryRun"/> the report is made and everything is rolled back.
    /// <paramref name="progress"/> hears each step start and, from steps with items, how many are done.
    /// Inside the caller's open transaction it runs in a nested one: the work is final only when the
    /// caller commits, and a dry run or a failure undoes exactly what the recipe did.
    /// </summary>
    public async Task<RecipeReport> ExecuteAsync(
        RecipeDescriptor recipe, IReadOnlyDictionary<string, string> parameters, bool dryRun = false, IProgress<RecipeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var handlers = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        CheckStepNames(recipe, handlers);
        var evaluated = Evaluate(recipe, parameters);
        var report = new RecipeReport();
        using var activity = CmsTelemetry.ActivitySource.StartActivity($"Import {recipe.Name}");
        activity?.SetTag("cms.recipe", recipe.Name);
        activity?.SetTag("cms.import.dry_run", dryRun);
        var started = Stopwatch.GetTimestamp();

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < evaluated.Count; i++)
        {
            var context = new RecipeStepContext
            {
                Source = recipe.Source,
                Folder = recipe.Folder,
                StepIndex = i,
                StepCount = evaluated.Count,
                Step = evaluated[i],
                Report = report,
                Progress = progress,
            };
            context.ReportItems(0, 0);
            try
            {
                await handlers[context.StepName].ExecuteAsync(context, cancellationToken);
            }
            catch (Exception e) when (e is not RecipeException and not OperationCanceledException)
            {
                // A store or handler error still names file, step and path, never a bare 500.
                throw new RecipeException($"the step failed: {e.GetBaseException().Message}", e)
                {
                    RecipeSource = recipe.Source,
                    StepName = context.StepName,
                    JsonPath = context.StepPath,
                };
            }
        }

        if (!dryRun)
        {
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Imported recipe {Recipe} from {Source}: {Counts}", recipe.Name, recipe.Source,
                string.Join(", ", report.Counts.Select(c => $"{c.Key}={c.Value}")));
        }

        Measure(report, dryRun, Stopwatch.GetElapsedTime(started), activity);
        return report;
    }

    /// <summary>Items per outcome ("Content.Created" → Created) and the duration, once the import has committed or been rolled back as asked.</summary>
    private static void Measure(RecipeReport report, bool dryRun, TimeSpan elapsed, Activity? activity)
    {
        var dryRunTag = new KeyValuePair<string, object?>("dry_run", dryRun);
        var items = 0;
        foreach (var (key, count) in report.Counts.Where(c => c.Key.StartsWith(ContentCountPrefix, StringComparison.Ordinal)))
        {
            CmsTelemetry.ItemsImported.Add(count, new KeyValuePair<string, object?>("outcome", key[ContentCountPrefix.Length..]), dryRunTag);
            items += count;
        }

        CmsTelemetry.ImportDuration.Record(elapsed.TotalSeconds, dryRunTag);
        activity?.SetTag("cms.import.items", items);
    }

    private static void CheckStepNames(RecipeDescriptor recipe, Dictionary<string, IRecipeStep> handlers)
    {
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var name = recipe.Steps[i]["name"]!.GetValue<string>();
            if (!handlers.ContainsKey(name))
            {
                throw new RecipeException(
                    $"unknown step '{name}'; this site understands: {string.Join(", ", handlers.Keys.Order(StringComparer.Ordinal))}. Nothing was imported.")
                {
                    RecipeSource = recipe.Source,
                    StepName = name,
                    JsonPath = $"$.steps[{i}]",
                };
            }
        }
    }

    private static List<JsonObject> Evaluate(RecipeDescriptor recipe, IReadOnlyDictionary<string, string> parameters)
    {
        var scope = new RecipeScriptScope(recipe, parameters);
        var result = new List<JsonObject>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = (JsonObject)recipe.Steps[i].DeepClone();
            try
            {
                result.Add((JsonObject)RecipeScript.EvaluateTree(step, scope, $"$.steps[{i}]")!);
            }
            catch (RecipeScriptException e)
            {
                var separator = e.Message.IndexOf(": ", StringComparison.Ordinal);
                throw new RecipeException(separator < 0 ? e.Message : e.Message[(separator + 2)..], e)
                {
                    RecipeSource = recipe.Source,
                    StepName = step["name"]?.GetValue<string>(),
                    JsonPath = separator < 0 ? $"$.steps[{i}]" : e.Message[..separator],
                };
            }
        }

        return result;
    }
}
