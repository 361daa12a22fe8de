using System.Diagnostics;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// The assembled site in process (production mode) on a data folder of its own, set up on first start from
/// <see cref="MediaRecipe"/>, with extra settings (such as <c>Cms:Media:*</c>). The folder is deleted on dispose.
/// </summary>
public sealed class MediaSite(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "banan-benchmarks", Guid.NewGuid().ToString("N"));

    /// <summary>A client of the site, without cookies or compression.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Starts the site and waits until its setup is done.</summary>
    public async Task StartAsync()
    {
        MediaRecipe.Write(Path.Combine(_folder, "recipes"));
        Client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var watch = Stopwatch.StartNew(); ;)
        {
            using var ready = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (ready.IsSuccessStatusCode)
            {
                return;
            }

            if (watch.Elapsed > SetupTimeout)
            {
                throw new TimeoutException($"The media site was not set up after {SetupTimeout}: {await ready.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(250);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.Root);
        builder.UseSetting("Cms:DataPath", Path.Combine(_folder, "data"));
        builder.UseSetting("Cms:Recipes:Path", Path.Combine(_folder, "recipes"));
        builder.UseSetting("Cms:Setup:Recipe", MediaRecipe.Name);
        builder.UseSetting("Cms:Setup:AdminPassword", Guid.NewGuid().ToString("N"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
