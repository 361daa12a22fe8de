using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Recipes;

/// <summary>Orchard's <c>Themes</c> step: <c>Site</c> picks the public theme, which must exist. <c>Admin</c> is not configurable here and is reported.</summary>
internal sealed class ThemesStep(ThemeSelector selector, ThemeCatalog catalog) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "Themes";

    public string Name => StepName;

    public int Order => 5;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Admin") is not null)
        {
            context.Report.Warn($"{context.StepPath}.Admin: the admin theme is built in and cannot be changed; the value was ignored.");
        }

        if (context.Property("Site") is not JsonValue site || !site.TryGetValue<string>(out var name) || name.Length == 0)
        {
            return;
        }

        if (catalog.Find(name) is null)
        {
            throw context.Error("Site", $"no theme named '{name}'; available: {string.Join(", ", catalog.All.Select(t => t.Name))}.");
        }

        await selector.SetSiteThemeAsync(name, cancellationToken);
        context.Report.Count("Themes.Site");
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
        => new() { ["name"] = StepName, ["Site"] = (await selector.GetSiteThemeAsync(cancellationToken)).Name };
}
