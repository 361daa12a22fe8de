using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Recipes.Services;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>
/// Imports an uploaded recipe as the current actor (the user who started the job): first as a dry run (everything
/// runs, then rolls back) for the report, then for real. An uploaded recipe has no folder, so it cannot read files
/// on the server; its <c>parameters('AdminUserId')</c> are the importing user's.
/// </summary>
public sealed class RecipeImportService(RecipeExecutor executor, ISiteSettingsStore settings, SecurityLog log, ICurrentActor actor)
{
    public Task<RecipeImportResult> DryRunAsync(string fileName, string json, IProgress<RecipeProgress>? progress = null, CancellationToken cancellationToken = default)
        => RunAsync(fileName, json, dryRun: true, progress, cancellationToken);

    public async Task<RecipeImportResult> ImportAsync(string fileName, string json, IProgress<RecipeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(fileName, json, dryRun: false, progress, cancellationToken);
        await log.WriteAsync(SecurityEventKinds.RecipeImported, actor.Name, fileName,
            result.Succeeded ? $"{result.Recipe!.Name}: {Summary(result.Report!)}" : $"refused: {result.Error}", cancellationToken);
        return result;
    }

    private async Task<RecipeImportResult> RunAsync(string fileName, string json, bool dryRun, IProgress<RecipeProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var recipe = RecipeReader.Read(json, fileName);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["AdminUserId"] = actor.UserId ?? "",
                ["AdminUsername"] = actor.UserId is null ? "" : actor.Name,
                ["SiteName"] = (await settings.GetAsync(cancellationToken)).SiteName ?? "",
            };
            var report = await executor.ExecuteAsync(recipe, parameters, dryRun, progress, cancellationToken);
            return new RecipeImportResult(recipe, report, null);
        }
        catch (RecipeException e)
        {
            return new RecipeImportResult(null, null, e.Describe());
        }
    }

    private static string Summary(RecipeReport report) => string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value}"));
}

/// <summary>A dry run's or import's outcome: the report, or the problem with its file, step, item and JSON path.</summary>
public sealed record RecipeImportResult(RecipeDescriptor? Recipe, RecipeReport? Report, string? Error)
{
    public bool Succeeded => Error is null;
}
