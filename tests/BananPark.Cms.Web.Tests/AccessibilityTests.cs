using System.Text.Json;
using BananPark.Cms.Testing;
using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// axe-core (tests/a11y, installed with npm ci) run in Chromium on every public page kind and every
/// admin screen. Any violation fails, with its rule, impact and first element.
/// </summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string AxePath = Path.Combine(RepositoryPaths.Root, "tests", "a11y", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string> PublicPages => ["/", "/groups/jieshi", "/groups", "/clusters", "/clusters/new-display-industry-cluster", "/enterprises", "/enterprises/chang-an-suzuki", "/no/such/page", "/login"];

    public static TheoryData<string> AdminPages => ["/admin", "/admin/users", "/admin/users/new", "/admin/roles", "/admin/roles/Editor", "/admin/roles/new", "/admin/security-log", "/admin/two-factor", "/admin/change-password", "/admin/recipes/import", "/admin/recipes/export", "/admin/settings",
        "/admin/content", "/admin/content/w696vqb23j5mby6dsgncack27w/edit", "/admin/content/fehw0pma25z5a9zyc3jm76bzpz/edit", "/admin/content/new/Cluster",
        "/admin/content/w696vqb23j5mby6dsgncack27w/versions", "/admin/content/trash", "/admin/audit-trail",
        "/admin/content-types", "/admin/content-types/Enterprise", "/admin/content-types/Enterprise/fields/Group", "/admin/content-types/Park/fields/ApprovedArea"];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_HasNoAccessibilityViolations(string path)
    {
        var page = await PageAsync();

        await page.GotoAsync(path);

        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminScreen_HasNoAccessibilityViolations(string path)
    {
        var page = await PageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(Forms.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await page.GotoAsync(path);

        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private async Task<IPage> PageAsync()
    {
        if (site.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        if (!File.Exists(AxePath))
        {
            var missing = $"axe-core is not installed ({AxePath}); run npm ci in tests/a11y.";
            if (Environment.GetEnvironmentVariable("CMS_REQUIRE_BROWSER") == "1")
            {
                Assert.Fail(missing);
            }

            Assert.Skip(missing);
        }

        return await site.NewPageAsync(bypassCsp: true);
    }

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath));
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes[0].target.join(' ')} [${v.nodes.length}] ${v.nodes[0].failureSummary.replace(/\s+/g, ' ')}`)
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
