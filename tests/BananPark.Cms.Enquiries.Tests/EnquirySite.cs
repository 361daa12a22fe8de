using System.Globalization;
using System.Net;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BananPark.Cms.Enquiries.Tests;

/// <summary>
/// The assembled site (production mode, set up from the Banan recipe) with its mail pointed at an SMTP sink, shared by
/// the HTTP tests. A request's <c>X-Test-Client</c> header stands for its sender's address, so each test has its own
/// rate-limit count.
/// </summary>
public sealed class EnquirySite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ClientHeader = "X-Test-Client";
    public const string NotifyAddress = "desk@banan.test";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "banan-enquiry-tests", Guid.NewGuid().ToString("N"));

    public SmtpSink Sink { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        CreateClient().Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.Root);
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:AdminPassword", "correct horse battery staple");
        builder.UseSetting("Cms:Email:From", "invest@banan.test");
        builder.UseSetting("Cms:Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Cms:Email:Smtp:Port", Sink.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Cms:Email:Smtp:StartTls", "false");
        builder.UseSetting("Cms:Enquiries:NotifyAddress", NotifyAddress);
        // The robot checks by time are the intake tests' (with a clock they move); here a form may be sent at once.
        builder.UseSetting("Cms:Enquiries:MinimumFillSeconds", "0");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<ReadyTenants>().WhenSetUp.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>Runs <paramref name="work"/> on the default tenant's enquiry store.</summary>
    public async Task<T> InTenantAsync<T>(Func<EnquiriesDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantCatalog>().All[0];
        foreach (var initializer in scope.ServiceProvider.GetServices<IJobScopeInitializer>())
        {
            initializer.Initialize(new JobOrigin(tenant, "test", "test", null));
        }

        return await work(scope.ServiceProvider.GetRequiredService<EnquiriesDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
        Sink.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private sealed class TestClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }
}
