using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Tests;

public sealed class AlternatesTests
{
    [Fact]
    public void ForContent_WhenSummary_GoesFromMostToLeastSpecific()
        => Assert.Equal(["Content-Enterprise-Summary", "Content-Enterprise", "Content-Summary", "Content"], Alternates.ForContent("Enterprise", "Summary"));

    [Fact]
    public void ForContent_WhenDetail_UsesTheTypeThenTheDefault()
        => Assert.Equal(["Content-Enterprise", "Content"], Alternates.ForContent("Enterprise", Alternates.Detail));

    [Fact]
    public void ForList_UsesTheTypeThenTheDefault()
        => Assert.Equal(["List-Cluster", "List"], Alternates.ForList("Cluster"));
}
