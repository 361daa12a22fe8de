using System.Security.Claims;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Recipes.Services;

namespace BananPark.Cms.Admin.Services;

/// <summary>
/// Imports an uploaded recipe for a signed-in user: first as a dry run (everything runs, then rolls
/// back) for the report, then for real. An uploaded recipe has no folder, so it cannot read files
/// on the server; its <c>parameters('AdminUserId')</c> are the importing user's.
/// </summary>
public sealed class RecipeImportService(RecipeExecutor executor, ISiteSettingsStore settings, SecurityLog log)
{
    public Task<RecipeImportResult> DryRunAsync(ClaimsPrincipal user, string fileName, string json, CancellationToken cancellationToken = default)
        => RunAsync(user, fileName, json, dryRun: true, cancellationToken);

    public async Task<RecipeImportResult> ImportAsync(ClaimsPrincipal user, string fileName, string json, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(user, fileName, json, dryRun: false, cancellationToken);
        await log.WriteAsync(SecurityEventKinds.RecipeImported, user.Identity?.Name, fileName,
            result.Succeeded ? $"{result.Recipe!.Name}: {Summary(result.Report!)}" : $"refused: {result.Error}", cancellationToken);
        return result;
    }

    private async Task<RecipeImportResult> RunAsync(ClaimsPrincipal user, string fileName, string json, bool dryRun, CancellationToken cancellationToken)
    {
        try
        {
            var recipe = RecipeReader.Read(json, fileName);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["AdminUserId"] = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
                ["AdminUsername"] = user.Identity?.Name ?? "",
                ["SiteName"] = (await settings.GetAsync(cancellationToken)).SiteName ?? "",
            };
            var report = await executor.ExecuteAsync(recipe, parameters, dryRun, cancellationToken: cancellationToken);
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
