using System.Globalization;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// <c>write-recipe count file [--setup]</c>: writes the recipe of <c>count</c> generated enterprises to <c>file</c>
/// (a <c>Content</c> step to import into a site set up from the Banan recipe) or, with <c>--setup</c>, the Banan
/// recipe plus those enterprises as one setup recipe (the load check starts the site with it).
/// </summary>
public static class WriteRecipeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            await Console.Error.WriteLineAsync("usage: write-recipe <count> <file> [--setup]");
            return 2;
        }

        var setup = args.Skip(3).Contains("--setup", StringComparer.Ordinal);
        var recipe = setup ? GeneratedEnterprises.SetupRecipeJson(count) : GeneratedEnterprises.RecipeJson(count);
        var file = Path.GetFullPath(args[2]);
        await File.WriteAllTextAsync(file, recipe.ToJsonString());
        Console.WriteLine($"Wrote {recipe["name"]} ({count:N0} generated enterprises{(setup ? " after the Banan recipe's steps" : "")}) to {file}.");
        return 0;
    }
}
