using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BananPark.Cms.Media.Tests;

/// <summary>The assembled site (production mode, a data folder of its own, the repository's recipe), shared by a class's tests.</summary>
public sealed partial class MediaSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The first Administrator's password on this site.</summary>
    public const string AdminPassword = "correct horse battery staple";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "banan-media-tests", Guid.NewGuid().ToString("N"));

    /// <summary>An Administrator principal for calls made directly on the services.</summary>
    public static ClaimsPrincipal Admin { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "admin-id"), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, SystemRoles.Administrator)], "Test"));

    public ValueTask InitializeAsync()
    {
        CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A client that does not follow redirects.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs <paramref name="work"/> in a scope of the site's default tenant.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Signs <paramref name="client"/> in as the first Administrator; returns an antiforgery token of the admin.</summary>
    public static async Task<string> SignInAsAdminAsync(HttpClient client)
    {
        var loginToken = await TokenAsync(client, "/login");
        using var form = new FormUrlEncodedContent([new("_handler", "login"), new("__RequestVerificationToken", loginToken), new("Input.UserName", "admin"), new("Input.Password", AdminPassword)]);
        using var signedIn = await client.PostAsync(new Uri("/login", UriKind.Relative), form);
        Assert.True(signedIn.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"Sign-in answered {signedIn.StatusCode}.");
        return await TokenAsync(client, "/admin");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.Root);
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Cms:Identity:SignInAttemptsPerMinute", "10000");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<ReadyTenants>().WhenSetUp.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return Token().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
