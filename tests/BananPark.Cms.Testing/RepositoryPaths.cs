namespace BananPark.Cms.Testing;

/// <summary>Folders of the repository the tests run from (found by walking up to the solution file).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Recipes => Path.Combine(Root, "recipes");

    public static string Themes => Path.Combine(Root, "themes");

    public static string BananRecipe => Path.Combine(Recipes, "banan-park.recipe.json");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BananPark.Cms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No BananPark.Cms.sln above {AppContext.BaseDirectory}.");
    }
}
