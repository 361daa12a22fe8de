using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Base of the browser test classes. The pages and contexts a test opens are closed after it (a
/// class's Chromium does not pile up renderers); when a test fails, its output carries the site's
/// state and last log lines and where each of its pages was, so a CI failure says why.
/// </summary>
public abstract class BrowserTest(BrowserSite site) : IAsyncDisposable
{
    private readonly List<IPage> _pages = [];
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserSite Site => site;

    /// <summary>A page in a fresh browser context of its own (no cookies).</summary>
    protected async Task<IPage> NewPageAsync(bool bypassCsp = false)
    {
        BrowserSteps.SkipWithoutBrowser(site);
        var context = await site.NewContextAsync(bypassCsp);
        _contexts.Add(context);
        return await TrackAsync(context);
    }

    /// <summary>A page signed in as the first Administrator (the class signs in once).</summary>
    protected async Task<IPage> NewAdminPageAsync()
    {
        BrowserSteps.SkipWithoutBrowser(site);
        return await TrackAsync(await site.AdminContextAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed && site.SkipReason is null)
        {
            var output = TestContext.Current.TestOutputHelper;
            foreach (var page in _pages)
            {
                output?.WriteLine($"A page of the test was at {(page.IsClosed ? "(closed)" : page.Url)}.");
            }

            output?.WriteLine(site.Report());
        }

        try
        {
            foreach (var page in _pages.Where(p => !p.IsClosed))
            {
                await page.CloseAsync();
            }

            foreach (var context in _contexts)
            {
                await context.CloseAsync();
            }
        }
        catch (PlaywrightException e)
        {
            // The browser itself went away: the test has failed already, and this says how.
            TestContext.Current.TestOutputHelper?.WriteLine($"Closing the test's pages failed: {e.Message}");
        }

        GC.SuppressFinalize(this);
    }

    private async Task<IPage> TrackAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        _pages.Add(page);
        return page;
    }
}
