using System.Reflection;

namespace BananPark.Cms.Core.Tests;

/// <summary>The repository's root folder (the one with the solution file), found from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(System.IO.Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)!);
        while (!File.Exists(System.IO.Path.Combine(folder.FullName, "BananPark.Cms.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("No solution file above the test binaries.");
        }

        return folder.FullName;
    }
}
