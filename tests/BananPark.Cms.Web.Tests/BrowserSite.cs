using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BananPark.Cms.Testing;
using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The built site as a real server on 127.0.0.1 and a headless Debian Chromium driven by Playwright.
/// Without Chromium the tests skip with the reason; with CMS_REQUIRE_BROWSER=1 (CI) they fail instead.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "banan-browser-tests", Guid.NewGuid().ToString("N"));
    private Process? _server;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"No Chromium at {ChromiumPath} (apt-get install -y chromium).";
            if (Environment.GetEnvironmentVariable("CMS_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(SkipReason + " CMS_REQUIRE_BROWSER=1 says it must be there.");
            }

            return;
        }

        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        _server = StartServer();
        await WaitUntilReadyAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a fresh browser context. <paramref name="bypassCsp"/> only lets a test inject its own script (axe).</summary>
    public async Task<IPage> NewPageAsync(bool bypassCsp = false)
        => await (await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), BypassCSP = bypassCsp })).NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private Process StartServer()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "BananPark.Cms.Web.dll"), "--urls", BaseAddress.ToString(), "--contentRoot", RepositoryPaths.Root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Cms__DataPath"] = _dataPath;
        start.Environment["Cms__Setup__AdminPassword"] = Forms.AdminPassword;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Every browser test signs in from 127.0.0.1; the sign-in rate limit has a test of its own.
        start.Environment["Cms__Identity__SignInAttemptsPerMinute"] = "1000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"The site did not become ready at {BaseAddress}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
