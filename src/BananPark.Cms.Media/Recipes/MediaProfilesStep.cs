using System.Text.Json.Nodes;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Media.Profiles;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Media.Recipes;

/// <summary>
/// Orchard's <c>MediaProfiles</c> step: <c>{"name": "MediaProfiles", "MediaProfiles": {"card": {"Hint", "Width", "Height",
/// "Mode", "Format", "Quality", "BackgroundColor"}}}</c>; adds or replaces the named profiles, keeps the others. Export
/// writes every profile in the same shape.
/// </summary>
internal sealed class MediaProfilesStep(MediaProfiles profiles, IOptions<MediaOptions> options) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "MediaProfiles";

    public string Name => StepName;

    public int Order => 4;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("MediaProfiles") is not JsonObject entries)
        {
            throw context.Error("MediaProfiles", "'MediaProfiles' must be an object of profiles by name.");
        }

        var imported = new List<MediaProfile>();
        foreach (var (name, value) in entries)
        {
            if (value is not JsonObject entry)
            {
                throw context.Error($"MediaProfiles.{name}", "each profile is an object.", name);
            }

            if (!MediaProfileJson.TryRead(name, entry, out var profile, out var problem))
            {
                throw context.Error($"MediaProfiles.{name}", problem ?? "the profile is not valid.", name);
            }

            if (MediaProfileJson.Problem(profile, options.Value.MaxWidthOrHeight) is { } tooLarge)
            {
                throw context.Error($"MediaProfiles.{name}", tooLarge, name);
            }

            imported.Add(profile);
        }

        var names = imported.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = (await profiles.AllAsync(cancellationToken)).Values.Where(p => !names.Contains(p.Name));
        await profiles.SaveAllAsync(kept.Concat(imported), cancellationToken);
        context.Report.Count("MediaProfiles", imported.Count);
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var all = await profiles.AllAsync(cancellationToken);
        if (all.Count == 0)
        {
            return null;
        }

        var entries = new JsonObject();
        foreach (var profile in all.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            entries[profile.Name] = MediaProfileJson.Write(profile);
        }

        return new JsonObject { ["name"] = StepName, ["MediaProfiles"] = entries };
    }
}
