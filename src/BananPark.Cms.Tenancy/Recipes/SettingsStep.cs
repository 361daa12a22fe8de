using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Settings;

namespace BananPark.Cms.Tenancy.Recipes;

/// <summary>
/// Orchard's <c>Settings</c> step: every property but <c>name</c> is a site setting, merged into
/// the stored ones. Settings this code does not use are stored and exported unchanged. The result must
/// pass <see cref="SiteSettingsRules"/>, the settings screen's rules, or nothing is stored.
/// </summary>
internal sealed class SettingsStep(ISiteSettingsStore store) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "Settings";

    public string Name => StepName;

    public int Order => 0;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var current = JsonSerializer.SerializeToNode(await store.GetAsync(cancellationToken), ContentJson.Options)!.AsObject();
        var incoming = (JsonObject)context.Step.DeepClone();
        incoming.Remove("name");
        ContentDefinitionJson.Merge(current, incoming);
        SiteSettings settings;
        try
        {
            settings = current.Deserialize<SiteSettings>(ContentJson.Options)!;
        }
        catch (JsonException e)
        {
            throw context.Error(e.Path?.TrimStart('$', '.') ?? "", $"invalid setting: {e.Message}");
        }

        if (SiteSettingsRules.Check(settings) is [var problem, ..])
        {
            throw context.Error(problem.Key, $"setting '{problem.Key}': {problem.Message}");
        }

        await store.SaveAsync(settings, cancellationToken);
        context.Report.Count("Settings", incoming.Count);
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var step = new JsonObject { ["name"] = StepName };
        var settings = JsonSerializer.SerializeToNode(await store.GetAsync(cancellationToken), ContentJson.Options)!.AsObject();
        foreach (var (key, value) in settings.Where(p => p.Value is not null).ToList())
        {
            step[key] = value!.DeepClone();
        }

        return step;
    }
}
