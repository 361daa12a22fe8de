using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Recipes.Scripting;

/// <summary><c>[file:text('…')]</c>: reads a text file inside the recipe's own folder, nowhere else.</summary>
internal static class RecipeFiles
{
    private const long MaxBytes = 4 * 1024 * 1024;

    public static string ReadText(RecipeDescriptor recipe, string relativePath)
    {
        if (recipe.Folder is null)
        {
            throw new RecipeScriptException($"file:text('{relativePath}') needs a recipe read from a folder.");
        }

        var root = Path.GetFullPath(recipe.Folder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (Path.IsPathRooted(relativePath) || !full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new RecipeScriptException($"file:text('{relativePath}') points outside the recipe's folder.");
        }

        var info = new FileInfo(full);
        if (!info.Exists)
        {
            throw new RecipeScriptException($"file:text('{relativePath}'): no such file next to the recipe.");
        }

        return info.Length > MaxBytes
            ? throw new RecipeScriptException($"file:text('{relativePath}') is larger than {MaxBytes / 1024 / 1024} MiB.")
            : File.ReadAllText(full);
    }
}
