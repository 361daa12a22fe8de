namespace BananPark.Cms.Theming.Tests;

public sealed class GoldenCopyTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"golden-{Guid.NewGuid():N}.html");

    public GoldenCopyTests() => File.WriteAllText(_file, "<p>reviewed</p>");

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CMS_REQUIRE_BROWSER", "1")]
    [InlineData("GITHUB_ACTIONS", "true")]
    public void AssertMatches_WhenUpdatingInCi_FailsAndLeavesTheCopy(string variable, string value)
    {
        var environment = Environment(("UPDATE_GOLDEN", "1"), (variable, value));

        var failure = Assert.ThrowsAny<Exception>(() => GoldenCopy.AssertMatches(_file, "<p>changed</p>", environment));

        Assert.Contains("refused in CI", failure.Message, StringComparison.Ordinal);
        Assert.Equal("<p>reviewed</p>", File.ReadAllText(_file));
    }

    [Theory]
    [InlineData("CI", "false")]
    [InlineData("CI", "")]
    [InlineData("CMS_REQUIRE_BROWSER", "0")]
    public void AssertMatches_WhenUpdatingOnADevelopersMachine_RewritesTheCopy(string variable, string value)
    {
        GoldenCopy.AssertMatches(_file, "<p>changed</p>", Environment(("UPDATE_GOLDEN", "1"), (variable, value)));

        Assert.Equal("<p>changed</p>", File.ReadAllText(_file));
    }

    [Fact]
    public void AssertMatches_WhenNotUpdatingAndTheOutputDiffers_Fails()
    {
        Assert.ThrowsAny<Exception>(() => GoldenCopy.AssertMatches(_file, "<p>changed</p>", Environment()));

        Assert.Equal("<p>reviewed</p>", File.ReadAllText(_file));
    }

    public void Dispose() => File.Delete(_file);

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables)
        => name => variables.FirstOrDefault(v => v.Name == name).Value;
}
