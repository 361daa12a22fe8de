using System.Diagnostics;
using System.Net;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// The assembled site in process (production mode, output cache off) on a data folder of its own, set up on
/// first start from the Banan recipe (30 items) or from the Banan recipe plus generated enterprises
/// (<see cref="GeneratedEnterprises.SetupRecipeJson"/>). One site per size for the whole run.
/// </summary>
public sealed class PublicSite : WebApplicationFactory<Program>
{
    /// <summary>The Banan recipe's items: the park, 4 groups, 6 clusters, 19 enterprises.</summary>
    public const int BananItems = 30;

    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(10);
    private static readonly Dictionary<int, Task<PublicSite>> Sites = [];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "banan-benchmarks", Guid.NewGuid().ToString("N"));
    private readonly int _generated;
    private bool _warm;

    private PublicSite(int generated) => _generated = generated;

    /// <summary>A client of the site, without cookies or compression.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The site with <paramref name="items"/> items (30, or 30 plus generated enterprises), started on first use.</summary>
    public static Task<PublicSite> GetAsync(int items)
    {
        lock (Sites)
        {
            return Sites.TryGetValue(items, out var site) ? site : Sites[items] = StartAsync(items - BananItems);
        }
    }

    public static async Task DisposeAllAsync()
    {
        foreach (var site in Sites.Values)
        {
            await (await site).DisposeAsync();
        }

        Sites.Clear();
    }

    /// <summary>
    /// GETs <paramref name="path"/> twice and fails unless both are 200 pages with a heading, the second rendered
    /// again rather than served from the output cache (which would say so with an <c>Age</c> header).
    /// </summary>
    public async Task<int> CheckPageAsync(string path)
    {
        var length = 0;
        for (var i = 0; i < 2; i++)
        {
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains("<h1", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{path} on the {_generated + BananItems:N0}-item site answered {(int)response.StatusCode} ({html.Length} characters): not a page to measure.");
            }

            if (response.Headers.Age is not null)
            {
                throw new InvalidOperationException($"{path} came from the output cache: the benchmark would not measure rendering.");
            }

            length = html.Length;
        }

        return length;
    }

    /// <summary>
    /// Requests each page for <paramref name="each"/>, once per site: BenchmarkDotNet's warm-up runs per benchmark,
    /// but the first one measured would otherwise pay for the JIT's tiering of everything the pages share.
    /// </summary>
    public async Task WarmUpAsync(IEnumerable<string> paths, TimeSpan each)
    {
        if (_warm)
        {
            return;
        }

        foreach (var path in paths)
        {
            var uri = new Uri(path, UriKind.Relative);
            for (var watch = Stopwatch.StartNew(); watch.Elapsed < each;)
            {
                await Client.GetByteArrayAsync(uri);
            }
        }

        _warm = true;
    }

    public override async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.Root);
        builder.UseSetting("Cms:DataPath", Path.Combine(_folder, "data"));
        builder.UseSetting("Cms:Theming:OutputCacheDuration", "00:00:00");
        builder.UseSetting("Cms:Setup:AdminPassword", Guid.NewGuid().ToString("N"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (_generated > 0)
        {
            var recipes = Directory.CreateDirectory(Path.Combine(_folder, "recipes")).FullName;
            var name = GeneratedEnterprises.SetupRecipeName(_generated);
            File.WriteAllText(Path.Combine(recipes, name + ".recipe.json"), GeneratedEnterprises.SetupRecipeJson(_generated).ToJsonString());
            builder.UseSetting("Cms:Recipes:Path", recipes);
            builder.UseSetting("Cms:Setup:Recipe", name);
        }
    }

    private static async Task<PublicSite> StartAsync(int generated)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generated);
        var watch = Stopwatch.StartNew();
        var site = new PublicSite(generated);
        site.Client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // Setup runs in the background; readiness answers 503 with where it is until it is done.
        while (true)
        {
            using var ready = await site.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (ready.IsSuccessStatusCode)
            {
                break;
            }

            if (watch.Elapsed > SetupTimeout)
            {
                throw new TimeoutException($"The {generated + BananItems:N0}-item site was not set up after {SetupTimeout}: {await ready.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(250);
        }

        Console.WriteLine($"// Site of {generated + BananItems:N0} items set up in {watch.Elapsed.TotalSeconds:F1} s.");
        return site;
    }
}
