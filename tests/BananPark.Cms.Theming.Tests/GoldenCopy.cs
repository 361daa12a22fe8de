using BananPark.Cms.Testing;

namespace BananPark.Cms.Theming.Tests;

/// <summary>
/// Compares rendered output with its reviewed copy. <c>UPDATE_GOLDEN=1</c> rewrites the copy first,
/// on a developer's machine only: in CI that would compare each file with itself, so it fails instead.
/// </summary>
internal static class GoldenCopy
{
    public static void AssertMatches(string file, string actual, Func<string, string?> environment)
    {
        if (environment("UPDATE_GOLDEN") == "1")
        {
            if (CiEnvironment.Detect(environment))
            {
                Assert.Fail($"UPDATE_GOLDEN=1 is refused in CI: it would rewrite {Path.GetFileName(file)} and then compare it with itself. Update the golden copies on your machine, review the diff and commit it.");
            }

            File.WriteAllText(file, actual);
        }

        Assert.True(File.Exists(file), $"No golden copy {file}: run the tests with UPDATE_GOLDEN=1, review the file and commit it.");
        Assert.Equal(File.ReadAllText(file), actual);
    }
}
