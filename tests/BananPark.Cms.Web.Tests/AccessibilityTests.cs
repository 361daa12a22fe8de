using System.Text.Json;
using BananPark.Cms.Testing;
using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// axe-core (tests/a11y, installed with npm ci) run in Chromium on every public page kind and every
/// admin screen. Before axe runs, each page must be the one asked for (its status, where it ended,
/// its heading), so axe never passes on an error, not-found or sign-in page. Any violation fails,
/// with its rule, impact and first element.
/// </summary>
[Collection(BrowserClasses.Name)]
public sealed class AccessibilityTests(BrowserSite site) : BrowserTest(site), IClassFixture<BrowserSite>
{
    private static readonly string AxePath = Path.Combine(RepositoryPaths.Root, "tests", "a11y", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Path, status and main heading of each public page kind.</summary>
    public static TheoryData<string, int, string> PublicPages => new()
    {
        { "/", 200, "Chongqing Banan Economic Park" },
        { "/groups", 200, "Groups" },
        { "/groups/jieshi", 200, "Jieshi Group" },
        { "/clusters", 200, "Industry clusters" },
        { "/clusters/new-display-industry-cluster", 200, "New display industry cluster" },
        { "/enterprises", 200, "Enterprise directory" },
        { "/enterprises/chang-an-suzuki", 200, "Chang'an Suzuki" },
        { "/no/such/page", 404, "We could not find that page" },
        { "/login", 200, "Sign in" },
    };

    /// <summary>Every admin screen's route, from the endpoint data source of an assembled site (read when the tests run).</summary>
    public static async Task<TheoryData<string>> AdminScreenRoutes()
    {
        var site = new CmsSiteFactory();
        try
        {
            return [.. AdminScreens.Routes(site.Services)];
        }
        finally
        {
            await site.DisposeAsync();
            site.DeleteData();
        }
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_HasNoAccessibilityViolations(string path, int status, string heading)
    {
        var page = await NewPageAsync(bypassCsp: true);
        EnsureAxe();

        var response = await page.GotoAsync(path);

        Assert.True(response?.Status == status, $"{path} answered {response?.Status}, not {status}.");
        Assert.Equal(heading, await MainHeadingAsync(page));
        await AssertNoViolationsAsync(page);
    }

    [Theory(DisableDiscoveryEnumeration = true)]
    [MemberData(nameof(AdminScreenRoutes))]
    public async Task AdminScreen_HasNoAccessibilityViolations(string route)
    {
        var page = await NewAdminPageAsync();
        EnsureAxe();
        var (path, shows) = ScreensReachedByAStep.TryGetValue(route, out var reach)
            ? await reach(page)
            : AdminScreens.Fill(route, await Site.ReadAsync(AdminScreens.SeededValuesAsync));

        var response = await page.GotoAsync(path);

        Assert.True(response?.Status == 200, $"{path} answered {response?.Status}.");
        Assert.True(new Uri(page.Url).AbsolutePath == path, $"{path} ended at {page.Url}.");
        var heading = await MainHeadingAsync(page);
        // The screen names itself: its heading has the words of its title, and the item, type or user it is about.
        var title = (await page.TitleAsync()).Split(" · ")[0];
        foreach (var word in title.Split(' ').Concat(shows.TakeLast(1)))
        {
            Assert.True(heading.Contains(word, StringComparison.OrdinalIgnoreCase), $"{path}: the heading '{heading}' does not show '{word}' (title '{title}').");
        }

        await AssertNoViolationsAsync(page);
    }

    /// <summary>Screens whose route value exists only once an editor did something (a recipe job lives in the site's memory).</summary>
    private static readonly Dictionary<string, Func<IPage, Task<(string Path, IReadOnlyList<string> Shows)>>> ScreensReachedByAStep = new(StringComparer.Ordinal)
    {
        ["/admin/recipes/import/{JobId}"] = CheckARecipeAsync,
    };

    /// <summary>Uploads a one-step recipe for checking, as an editor does, and waits until its job page shows the finished check.</summary>
    private static async Task<(string Path, IReadOnlyList<string> Shows)> CheckARecipeAsync(IPage page)
    {
        const string fileName = "a11y-settings.recipe.json";
        await page.GotoAsync("/admin/recipes/import");
        await page.Locator("#recipe").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/json",
            Buffer = """{ "name": "A11yCheck", "steps": [ { "name": "Settings", "SiteName": "Chongqing Banan Economic Park" } ] }"""u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the recipe" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/recipes/import/[^/]+$"));
        var path = new Uri(page.Url).AbsolutePath;
        for (var tries = 0; !(await page.Locator("h1").InnerTextAsync()).StartsWith("Checked", StringComparison.Ordinal); tries++)
        {
            Assert.True(tries < 60, $"The check at {path} did not finish: '{await page.Locator("h1").InnerTextAsync()}'.");
            await Task.Delay(500);
            await page.GotoAsync(path);
        }

        return (path, [fileName]);
    }

    private static void EnsureAxe()
    {
        if (!File.Exists(AxePath))
        {
            var missing = $"axe-core is not installed ({AxePath}); run npm ci in tests/a11y.";
            if (BrowserSite.BrowserRequired)
            {
                Assert.Fail(missing);
            }

            Assert.Skip(missing);
        }
    }

    /// <summary>The text of the page's one <c>h1</c>.</summary>
    private static async Task<string> MainHeadingAsync(IPage page)
    {
        var headings = page.Locator("h1");
        Assert.Equal(1, await headings.CountAsync());
        return (await headings.InnerTextAsync()).Trim();
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath));
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes[0].target.join(' ')} [${v.nodes.length}] ${v.nodes[0].failureSummary.replace(/\s+/g, ' ')}`)
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
