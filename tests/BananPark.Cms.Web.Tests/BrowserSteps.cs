using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The steps every browser test takes: skip without Chromium, sign in, wait for what a page shows
/// (its heading, a message), never for a URL or a load event alone.
/// </summary>
internal static class BrowserSteps
{
    /// <summary>How long a step waits for the page to show something.</summary>
    public const float StepTimeout = 15_000;

    public static void SkipWithoutBrowser(BrowserSite site)
    {
        if (site.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>Fills the sign-in form the page shows (it waits until it does).</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await ExpectHeadingAsync(page, "Sign in");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Waits until the first match is on the page.</summary>
    public static async Task Expect(ILocator locator)
        => await locator.First.WaitForAsync(new LocatorWaitForOptions { Timeout = StepTimeout });

    /// <summary>Waits until the page's main heading is <paramref name="text"/>.</summary>
    public static Task ExpectHeadingAsync(IPage page, string text)
        => Expect(page.GetByRole(AriaRole.Heading, new() { Name = text, Exact = true, Level = 1 }));
}
