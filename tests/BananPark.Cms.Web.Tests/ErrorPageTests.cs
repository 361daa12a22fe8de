using System.Net;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>A broken template: the visitor gets the friendly page, the log gets the template's name and line.</summary>
public sealed class ErrorPageTests : IAsyncLifetime
{
    private readonly string _themes = Directory.CreateTempSubdirectory("banan-themes").FullName;
    private CmsSiteFactory _site = null!;

    public ValueTask InitializeAsync()
    {
        CopyFolder(RepositoryPaths.Themes, _themes);
        File.WriteAllText(Path.Combine(_themes, "BananPark.Theme", "Views", "Content-Enterprise.liquid"), "<h1>{{ Model.ContentItem.DisplayText }}</h1>\n{% for x in %}");
        _site = new CmsSiteFactory().With("Cms:Theming:Path", _themes);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _site.DeleteData();
        Directory.Delete(_themes, recursive: true);
    }

    [Fact]
    public async Task Page_WhenItsTemplateIsBroken_ShowsTheFriendlyPageAndLogsTemplateAndLine()
    {
        var response = await _site.CreateClient().GetAsync(new Uri("/enterprises/blue-moon", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Contains("Chongqing Banan Economic Park", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", html, StringComparison.Ordinal);
        Assert.Contains(_site.Logs, line => line.Contains("Content-Enterprise", StringComparison.Ordinal) && line.Contains("(2:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherPages_WhenOneTemplateIsBroken_StillWork()
    {
        var response = await _site.CreateClient().GetAsync(new Uri("/groups/jieshi", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
