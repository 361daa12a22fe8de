using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Theming.Tests;

public sealed class TemplateCacheTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("themes").FullName;
    private readonly ThemeManifest _theme;
    private readonly TemplateCache _cache;

    public TemplateCacheTests()
    {
        var views = Path.Combine(_themes, "Test", "Views");
        Directory.CreateDirectory(views);
        File.WriteAllText(Path.Combine(_themes, "Test", "theme.json"), """{"name":"Test"}""");
        File.WriteAllText(Path.Combine(views, "Content.liquid"), "<p>{{ Model.ContentItem.DisplayText }}</p>");
        File.WriteAllText(Path.Combine(views, "Broken.liquid"), "<p>line one</p>\n<p>{% if %}</p>");
        var options = Options.Create(new ThemingOptions { Path = _themes });
        var catalog = new ThemeCatalog(options, new HostingEnvironment { ContentRootPath = _themes }, NullLogger<ThemeCatalog>.Instance);
        _theme = catalog.Find("Test")!;
        _cache = new TemplateCache(options, catalog, NullLogger<TemplateCache>.Instance);
    }

    [Fact]
    public void Get_WhenAskedTwice_ParsesOnce()
        => Assert.Same(_cache.Get(_theme, "Content"), _cache.Get(_theme, "Content"));

    [Fact]
    public void Find_WhenSpecificTemplatesAreMissing_FallsBackToTheFirstThatExists()
        => Assert.Equal("Content", _cache.Find(_theme, ["Content-Park", "Content"])!.Value.Name);

    [Fact]
    public void Get_WhenTemplateIsMissing_ReturnsNull() => Assert.Null(_cache.Get(_theme, "Nope"));

    [Fact]
    public void Get_WhenTemplateDoesNotParse_NamesTheTemplateAndLine()
    {
        var error = Assert.Throws<TemplateException>(() => _cache.Get(_theme, "Broken"));

        Assert.Contains("Test/Views/Broken.liquid", error.Message, StringComparison.Ordinal);
        Assert.Contains("(2:", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cache.Dispose();
        Directory.Delete(_themes, recursive: true);
    }
}
