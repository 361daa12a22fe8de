using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>End to end in Chromium: editing an enterprise's description in the rich-text editor, previewing, publishing; and two editors in conflict.</summary>
[Collection(BrowserClasses.Name)]
public sealed class ContentBrowserTests(BrowserSite site) : BrowserTest(site), IClassFixture<BrowserSite>
{
    private const string Password = "a browser editor's long password";

    [Fact]
    public async Task Editor_SearchesEditsPreviewsAndPublishes_AndThePublicPageShowsIt()
    {
        var editor = await NewEditorAsync();

        await editor.GotoAsync("/admin/content");
        await BrowserSteps.ExpectHeadingAsync(editor, "Content");
        await editor.GetByLabel("Search").FillAsync("Yingyang");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Yingyang Optical Materials" }).ClickAsync();
        await BrowserSteps.ExpectHeadingAsync(editor, "Edit Yingyang Optical Materials");
        await TypeDescriptionAsync(editor, "Polarizer films made in Banan.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await BrowserSteps.Expect(editor.GetByText("Draft saved."));

        var preview = await editor.RunAndWaitForPopupAsync(() => editor.GetByRole(AriaRole.Link, new() { Name = "Preview the latest version" }).ClickAsync());
        await BrowserSteps.Expect(preview.GetByText("Polarizer films made in Banan."));

        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await BrowserSteps.Expect(editor.GetByText("Published. The public site shows it now."));
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/enterprises/yingyang-optical-materials");
        await BrowserSteps.Expect(visitor.GetByText("Polarizer films made in Banan."));
    }

    [Fact]
    public async Task TwoEditors_SaveTheSameItem_TheSecondSeesTheConflictAndKeepsTheirText()
    {
        const string EditPath = "/admin/content/ajsa1hf79zgjt09zntzn1f5jfq/edit";
        var first = await NewEditorAsync();
        var second = await NewEditorAsync();
        await first.GotoAsync(EditPath);
        await second.GotoAsync(EditPath);
        await BrowserSteps.Expect(first.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new("^Edit ") }));
        await BrowserSteps.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new("^Edit ") }));

        await TypeDescriptionAsync(first, "Alpha wrote this first.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await BrowserSteps.Expect(first.GetByText("Draft saved."));
        await TypeDescriptionAsync(second, "Beta wrote this later.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await BrowserSteps.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Someone else saved this item while you were editing" }));
        Assert.Contains("Beta wrote this later.", await second.Locator("textarea[name='HtmlBodyPart.Html']").InputValueAsync());
        await BrowserSteps.Expect(second.Locator("[contenteditable=true]").GetByText("Beta wrote this later."));
    }

    /// <summary>Replaces the description by typing into the rich-text editor's editable area.</summary>
    private static async Task TypeDescriptionAsync(IPage page, string text)
    {
        var area = page.Locator("[contenteditable=true]").First;
        await area.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await area.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>A new Editor, created by the admin through the users screen, signed in in a browser context of their own.</summary>
    private async Task<IPage> NewEditorAsync()
    {
        var name = "browser-" + Guid.NewGuid().ToString("N")[..8];
        var admin = await NewAdminPageAsync();
        await admin.GotoAsync("/admin/users/new");
        await BrowserSteps.ExpectHeadingAsync(admin, "New user");
        await admin.GetByLabel("User name").FillAsync(name);
        await admin.GetByLabel("Display name").FillAsync(name);
        await admin.GetByLabel("Password").FillAsync(Password);
        await admin.GetByLabel("Editor", new() { Exact = true }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await BrowserSteps.Expect(admin.GetByText("was created"));
        await admin.CloseAsync();

        var page = await NewPageAsync();
        await page.GotoAsync("/admin");
        await BrowserSteps.SignInAsync(page, name, Password);
        await BrowserSteps.ExpectHeadingAsync(page, "Dashboard");
        return page;
    }
}
