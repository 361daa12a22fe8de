using System.Text.RegularExpressions;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Theming.Tests;

/// <summary>Rules every theme file must follow.</summary>
public sealed partial class ThemeFilesTests
{
    private static IEnumerable<string> ThemeFiles(string pattern)
        => Directory.EnumerateFiles(RepositoryPaths.Themes, pattern, SearchOption.AllDirectories);

    [Fact]
    public void Templates_QuoteAttributesWithDoubleQuotes()
    {
        var offenders = ThemeFiles("*.liquid").Where(f => SingleQuotedAttribute().IsMatch(File.ReadAllText(f))).ToList();

        Assert.NotEmpty(ThemeFiles("*.liquid"));
        Assert.Empty(offenders);
    }

    [Fact]
    public void ThemeFiles_LoadNothingFromOtherSites()
    {
        var external = ThemeFiles("*.*")
            .Where(f => f.EndsWith(".liquid", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal))
            .SelectMany(f => ExternalReference().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .ToList();

        Assert.Empty(external);
    }

    /// <summary>An attribute whose value is in single quotes (MarkupEncoder leaves apostrophes alone).</summary>
    [GeneratedRegex(@"\s[\w-]+\s*=\s*'")]
    private static partial Regex SingleQuotedAttribute();

    /// <summary>src, href or url() pointing at another host; the one allowed link is the ICP filing site (a plain link, not an asset).</summary>
    [GeneratedRegex(@"(src\s*=\s*""(https?:)?//|url\((https?:)?//|<link[^>]+href\s*=\s*""(https?:)?//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
