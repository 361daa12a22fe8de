using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>The steps every browser test takes: skip without Chromium, sign in, wait for an element.</summary>
internal static partial class BrowserSteps
{
    public static void SkipWithoutBrowser(BrowserSite site)
    {
        if (site.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>Fills the sign-in form the page was sent to.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.WaitForURLAsync(LoginUrl());
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Waits until the first match is on the page.</summary>
    public static async Task Expect(ILocator locator)
        => await locator.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

    [GeneratedRegex("/login")]
    public static partial Regex LoginUrl();
}
