namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// Where the host finds appsettings.json, themes and recipes: the working directory when it has
/// them (running from the repository root), else the folder of the binaries (a published build).
/// An explicit <c>--contentRoot</c> wins.
/// </summary>
internal static class ContentRoot
{
    public static string? Find(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var current = Directory.GetCurrentDirectory();
        return LooksLikeRoot(current) ? current : AppContext.BaseDirectory;
    }

    private static bool LooksLikeRoot(string folder)
        => File.Exists(Path.Combine(folder, "appsettings.json")) && Directory.Exists(Path.Combine(folder, "themes"));
}
