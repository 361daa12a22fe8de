using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>End to end in Chromium: the admin creates an Editor; the editor sees only what an editor may.</summary>
[Collection(BrowserClasses.Name)]
public sealed class AdminBrowserTests(BrowserSite site) : BrowserTest(site), IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Admin_CreatesAnEditor_WhoSeesOnlyWhatAnEditorMay()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/admin");
        await BrowserSteps.SignInAsync(page, "admin", Forms.AdminPassword);
        await BrowserSteps.ExpectHeadingAsync(page, "Dashboard");
        await BrowserSteps.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" }));

        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await BrowserSteps.ExpectHeadingAsync(page, "Users");
        await page.GetByRole(AriaRole.Link, new() { Name = "New user" }).ClickAsync();
        await BrowserSteps.ExpectHeadingAsync(page, "New user");
        await page.GetByLabel("User name").FillAsync("editor.one");
        await page.GetByLabel("Display name").FillAsync("Editor One");
        await page.GetByLabel("Password").FillAsync("editor one long password");
        await page.GetByLabel("Editor", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await BrowserSteps.Expect(page.GetByText("was created"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await BrowserSteps.ExpectHeadingAsync(page, "Sign in");
        await page.GotoAsync("/admin");
        await BrowserSteps.SignInAsync(page, "editor.one", "editor one long password");
        await BrowserSteps.ExpectHeadingAsync(page, "Dashboard");

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" });
        Assert.Equal(0, await navigation.GetByRole(AriaRole.Link, new() { Name = "Users" }).CountAsync());
        Assert.Equal(0, await navigation.GetByRole(AriaRole.Link, new() { Name = "Roles" }).CountAsync());
        Assert.Equal(0, await navigation.GetByRole(AriaRole.Link, new() { Name = "Security log" }).CountAsync());
        Assert.Equal(1, await navigation.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).CountAsync());
        var users = await page.GotoAsync("/admin/users");
        Assert.Equal(403, users!.Status);
        await BrowserSteps.ExpectHeadingAsync(page, "You do not have access to this page");
    }
}
