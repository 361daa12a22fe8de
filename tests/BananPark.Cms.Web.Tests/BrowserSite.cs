using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The built site as a real server on 127.0.0.1 and a headless Debian Chromium driven by Playwright,
/// one of each per test class. Without Chromium the tests skip with the reason; with
/// CMS_REQUIRE_BROWSER=1 (CI) they fail instead.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "banan-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly SemaphoreSlim _adminLock = new(1, 1);
    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowserContext? _admin;
    private CmsSiteFactory? _reader;

    public Uri BaseAddress => _server!.BaseAddress;

    public IBrowser Browser { get; private set; } = null!;

    public string? SkipReason { get; private set; }

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("CMS_REQUIRE_BROWSER") == "1";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"No Chromium at {ChromiumPath} (apt-get install -y chromium).";
            if (BrowserRequired)
            {
                throw new InvalidOperationException(SkipReason + " CMS_REQUIRE_BROWSER=1 says it must be there.");
            }

            return;
        }

        _server = await SiteServer.StartAsync(_dataPath, new Dictionary<string, string>
        {
            ["Cms__Setup__AdminPassword"] = Forms.AdminPassword,
            // Every browser test signs in from 127.0.0.1; the sign-in rate limit has a test of its own.
            ["Cms__Identity__SignInAttemptsPerMinute"] = "1000",
            // The server listens on plain http://127.0.0.1; the OpenID client test signs in through /connect.
            ["Cms__OpenId__RequireHttps"] = "false",
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // CI runs as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context. <paramref name="bypassCsp"/> only lets a test inject its own script (axe).</summary>
    public async Task<IBrowserContext> NewContextAsync(bool bypassCsp = false)
    {
        _server!.EnsureRunning();
        return await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), BypassCSP = bypassCsp });
    }

    /// <summary>
    /// The context signed in as the first Administrator, signed in once for the class and shared by its
    /// tests (one at a time, as a class's tests run). Pages of it see the cookies any of them renewed.
    /// </summary>
    public async Task<IBrowserContext> AdminContextAsync()
    {
        _server!.EnsureRunning();
        await _adminLock.WaitAsync();
        try
        {
            if (_admin is null)
            {
                var context = await NewContextAsync(bypassCsp: true);
                var page = await context.NewPageAsync();
                await page.GotoAsync("/login");
                await BrowserSteps.SignInAsync(page, "admin", Forms.AdminPassword);
                await BrowserSteps.ExpectHeadingAsync(page, "Dashboard");
                await page.CloseAsync();
                _admin = context;
            }

            return _admin;
        }
        finally
        {
            _adminLock.Release();
        }
    }

    /// <summary>
    /// Reads the server's data in this process, through a second host on the same data folder (set up
    /// already, so it imports nothing): the real ids of what the server seeded.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        _server!.EnsureRunning();
        _reader ??= new CmsSiteFactory(_dataPath);
        return await read(_reader.Services);
    }

    /// <summary>The server's state and last log lines, for a failure report.</summary>
    public string Report() => _server?.Report() ?? SkipReason ?? "The site was not started.";

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_reader is not null)
        {
            await _reader.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _adminLock.Dispose();
        new CmsSiteFactory(_dataPath).DeleteData();
    }
}
