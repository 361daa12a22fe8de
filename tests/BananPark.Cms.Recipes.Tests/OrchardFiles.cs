using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Services;

namespace BananPark.Cms.Recipes.Tests;

/// <summary>The Orchard Core recipes copied into this project (see OrchardRecipes/README.md).</summary>
internal static class OrchardFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "OrchardRecipes", $"{name}.recipe.json");

    /// <summary>The recipe's steps of the given kinds, in order.</summary>
    public static async Task<List<JsonObject>> StepsAsync(string name, params string[] kinds)
    {
        var recipe = await RecipeReader.ReadFileAsync(Path(name));
        return recipe.Steps.Where(s => kinds.Contains(s["name"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase))
            .Select(s => (JsonObject)s.DeepClone()).ToList();
    }

    /// <summary>
    /// A recipe made of the given steps (and the original's variables), written to a folder of its own
    /// with the snippet files the Orchard recipes read through <c>[file:text('Snippets/…')]</c>
    /// (their text is not part of the fixtures, so stand-ins are written).
    /// </summary>
    public static async Task<RecipeDescriptor> RecipeOfAsync(string name, IEnumerable<JsonObject> steps)
    {
        var recipe = await RecipeReader.ReadFileAsync(Path(name));
        var folder = Directory.CreateTempSubdirectory("orchard-recipe").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(folder, "Snippets"));
        await File.WriteAllTextAsync(System.IO.Path.Combine(folder, "Snippets", "footer.html"), "<p>Footer snippet</p>");
        var file = System.IO.Path.Combine(folder, $"{name}.recipe.json");
        await File.WriteAllTextAsync(file, new JsonObject
        {
            ["name"] = recipe.Name,
            ["variables"] = recipe.Variables.DeepClone(),
            ["steps"] = new JsonArray(steps.Select(s => (JsonNode)s.DeepClone()).ToArray()),
        }.ToJsonString());
        return await RecipeReader.ReadFileAsync(file);
    }
}
