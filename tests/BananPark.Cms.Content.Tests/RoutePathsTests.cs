using BananPark.Cms.Content.Services;

namespace BananPark.Cms.Content.Tests;

public sealed class RoutePathsTests
{
    [Theory]
    [InlineData("Chang'an Suzuki", "chang-an-suzuki")]
    [InlineData("Huike Jinyu Optoelectronic LCD Panel 8.6 Generation Line Project", "huike-jinyu-optoelectronic-lcd-panel-8-6-generation-line-project")]
    [InlineData("  Blue   Moon  ", "blue-moon")]
    [InlineData("巴南经济园区", "巴南经济园区")]
    public void Slugify_WhenGivenTitles_MakesReadableSegments(string title, string expected)
        => Assert.Equal(expected, RoutePaths.Slugify(title));

    [Theory]
    [InlineData("/Groups/Jieshi/", "groups/jieshi")]
    [InlineData("", null)]
    [InlineData("  /  ", null)]
    public void Normalize_WhenGivenPaths_TrimsAndLowers(string path, string? expected)
        => Assert.Equal(expected, RoutePaths.Normalize(path));

    [Theory]
    [InlineData("groups/../admin")]
    [InlineData("groups//jieshi")]
    [InlineData("groups/<script>")]
    [InlineData("groups/a b")]
    public void Problem_WhenPathIsUnsafe_SaysWhy(string path) => Assert.NotNull(RoutePaths.Problem(path));

    [Fact]
    public void Problem_WhenPathIsClean_ReturnsNull() => Assert.Null(RoutePaths.Problem("enterprises/chang-an-suzuki"));
}
