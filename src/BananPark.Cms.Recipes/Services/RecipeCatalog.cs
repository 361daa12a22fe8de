using BananPark.Cms.Core.Recipes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Recipes.Services;

/// <summary>The recipes shipped in the recipes folder, found by their <c>name</c>.</summary>
public sealed class RecipeCatalog(IOptions<RecipesOptions> options, IHostEnvironment environment)
{
    /// <summary>The absolute recipes folder.</summary>
    public string Folder { get; } = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    /// <summary>Reads the recipe called <paramref name="name"/> (<c>{name}.recipe.json</c>, else any file whose header has that name).</summary>
    public async Task<RecipeDescriptor> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var direct = Path.Combine(Folder, $"{name}.recipe.json");
        if (File.Exists(direct) && Path.GetDirectoryName(Path.GetFullPath(direct)) == Folder)
        {
            return await RecipeReader.ReadFileAsync(direct, options.Value.MaxUploadBytes, cancellationToken);
        }

        foreach (var file in Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.recipe.json") : [])
        {
            var recipe = await RecipeReader.ReadFileAsync(file, options.Value.MaxUploadBytes, cancellationToken);
            if (string.Equals(recipe.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return recipe;
            }
        }

        throw new RecipeException($"no recipe named '{name}' in {Folder}.") { RecipeSource = name };
    }
}
