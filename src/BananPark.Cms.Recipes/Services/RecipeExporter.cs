using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Recipes.Services;

/// <summary>Writes the tenant's definitions, content and settings as a recipe in Orchard's format (strict JSON).</summary>
public sealed class RecipeExporter(IEnumerable<IRecipeExportStep> steps)
{
    /// <summary>The recipe object. Deterministic: no timestamps of its own, steps in a fixed order.</summary>
    public async Task<JsonObject> ExportAsync(string name, string? displayName = null, RecipeExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= RecipeExportOptions.All;
        var exported = new JsonArray();
        foreach (var step in steps.Where(s => options.Includes(s.Name)).OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            if (await step.ExportAsync(options, cancellationToken) is { } json)
            {
                exported.Add(json);
            }
        }

        return new JsonObject
        {
            ["name"] = name,
            ["displayName"] = displayName ?? name,
            ["description"] = "Exported from Banan Park CMS.",
            ["author"] = "",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["steps"] = exported,
        };
    }

    /// <summary>The recipe as indented JSON text.</summary>
    public async Task<string> ExportTextAsync(string name, string? displayName = null, RecipeExportOptions? options = null, CancellationToken cancellationToken = default)
        => (await ExportAsync(name, displayName, options, cancellationToken)).ToJsonString(ContentJson.Indented);

    /// <summary>The step names this site can export, in recipe order.</summary>
    public IReadOnlyList<string> StepNames => steps.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Name).ToList();
}
