using System.Diagnostics;
using System.Globalization;
using System.Net;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Data;
using BananPark.Cms.OpenId.Maintenance;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// <c>prune-tokens [count] [through-endpoint]</c>: token rows after <c>count</c> issued tokens (100,000 by default) and
/// one pruning pass. <c>through-endpoint</c> of them (1,000 by default) are issued through <c>/connect/token</c> (client
/// credentials, in process, 8 requests at a time; each answer must be a 200 with a token): that path costs tens of
/// milliseconds a token, most of it the client secret's PBKDF2 check, so the rest are written through OpenIddict's token
/// manager with the same type, status, subject, application and lifetime, 100 to a transaction and a scope (a small
/// change tracker). Then the site's clock moves two days on (access tokens live an hour; pruning spares rows younger than a day) and the site's own
/// maintenance pass runs once. Prints the rows before and after and the pass's duration. A single run on SQLite.
/// </summary>
public static class TokenPruningRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var throughEndpoint = Math.Min(count, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000);
        const int concurrency = 8;
        await using var site = new TokenSite();
        using var http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var secret = await site.RegisterAsync();

        var issuing = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < throughEndpoint)
            {
                await IssueAsync(http, secret);
            }
        }));
        issuing.Stop();
        Console.WriteLine($"Issued {throughEndpoint:N0} client-credentials tokens through /connect/token in {issuing.Elapsed.TotalSeconds:F1} s ({throughEndpoint / issuing.Elapsed.TotalSeconds:F0}/s, {concurrency} at a time).");
        var writing = Stopwatch.StartNew();
        await site.WriteTokensAsync(count - throughEndpoint);
        Console.WriteLine($"Wrote {count - throughEndpoint:N0} more through the token manager in {writing.Elapsed.TotalSeconds:F1} s.");
        var before = await site.CountTokensAsync();

        site.Clock.Offset = TimeSpan.FromDays(2);
        var pass = Stopwatch.StartNew();
        await site.Services.GetRequiredService<OpenIdMaintenance>().RunOnceAsync();
        pass.Stop();
        var after = await site.CountTokensAsync();
        Console.WriteLine($"Token rows: {before:N0} before the pass, {after:N0} after; one pass took {pass.Elapsed.TotalSeconds:F2} s (batches of 1,000).");
        return before >= count && after == 0 ? 0 : 1;
    }

    private static async Task IssueAsync(HttpClient http, string secret)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"), new("client_id", TokenSite.ClientId), new("client_secret", secret), new("scope", "api"),
        ]);
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains("\"access_token\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"/connect/token answered {(int)response.StatusCode}: {body}");
        }
    }

    /// <summary>The real clock moved by <see cref="Offset"/>: timers keep running, "now" jumps ahead when asked.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }

    private sealed class TokenSite : WebApplicationFactory<Program>
    {
        public const string ClientId = "benchmark-machine";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "banan-benchmarks", Guid.NewGuid().ToString("N"));

        public ShiftedClock Clock { get; } = new();

        public async Task<string> RegisterAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ApplicationService>().CreateAsync(new ApplicationInput
            {
                ClientId = ClientId,
                DisplayName = "Benchmark machine client",
                AllowClientCredentialsFlow = true,
                Scopes = ["api"],
            });
            return result.Secret ?? throw new InvalidOperationException(string.Join("; ", result.Problems.Select(p => $"{p.Key}: {p.Value}")));
        }

        /// <summary>Tokens as the endpoint stores a client-credentials access token, through OpenIddict's manager.</summary>
        public async Task WriteTokensAsync(int count)
        {
            string? applicationId;
            await using (var scope = Services.CreateAsyncScope())
            {
                var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
                applicationId = await applications.GetIdAsync((await applications.FindByClientIdAsync(ClientId))!);
            }

            for (var written = 0; written < count;)
            {
                await using var scope = Services.CreateAsyncScope();
                var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
                await using var transaction = await scope.ServiceProvider.GetRequiredService<OpenIdDbContext>().Database.BeginTransactionAsync();
                for (var i = 0; i < 100 && written < count; i++, written++)
                {
                    var now = Clock.GetUtcNow();
                    await tokens.CreateAsync(new OpenIddictTokenDescriptor
                    {
                        ApplicationId = applicationId,
                        Subject = ClientId,
                        Type = OpenIddictConstants.TokenTypeHints.AccessToken,
                        Status = OpenIddictConstants.Statuses.Valid,
                        CreationDate = now,
                        ExpirationDate = now.AddHours(1),
                    });
                }

                await transaction.CommitAsync();
            }
        }

        public async Task<int> CountTokensAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OpenIdDbContext>().Set<OpenIddictEntityFrameworkCoreToken>().CountAsync();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(RepositoryPaths.Root);
            builder.UseSetting("Cms:DataPath", Path.Combine(_folder, "data"));
            builder.UseSetting("Cms:Setup:AdminPassword", Guid.NewGuid().ToString("N"));
            builder.UseSetting("Cms:OpenId:RequireHttps", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        protected override IHost CreateHost(IHostBuilder builder)
        {
            var host = base.CreateHost(builder);
            host.Services.GetRequiredService<ReadyTenants>().WhenSetUp.WaitAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
            return host;
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
