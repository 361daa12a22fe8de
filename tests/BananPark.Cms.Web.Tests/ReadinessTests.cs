using System.Net;
using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// <c>/health/ready</c> before and after a tenant is set up. Start-up runs setup before the server
/// answers, so the state before readiness is read from inside setup: a tenant initializer (the last
/// to run) asks the readiness check while the tenant is being brought up.
/// </summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_WhileTheTenantIsBeingSetUp_IsUnhealthy_AndOnceItIsSetUpAnswers200()
    {
        var probe = new ReadinessProbe();
        await using var site = new CmsSiteFactory();
        var client = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
            .AddSingleton(probe)
            .AddScoped<ITenantInitializer, ProbingInitializer>())).CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        var during = Assert.Single(probe.Reports);
        Assert.Equal(HealthStatus.Unhealthy, during.Status);
        Assert.Contains(TenantSettings.DefaultName, during.Entries["tenants"].Description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await site.DisposeAsync();
        site.DeleteData();
    }

    private sealed class ReadinessProbe
    {
        public List<HealthReport> Reports { get; } = [];
    }

    private sealed class ProbingInitializer(HealthCheckService health, ReadinessProbe probe) : ITenantInitializer
    {
        public int Order => int.MaxValue;

        public async Task InitializeAsync(CancellationToken cancellationToken)
            => probe.Reports.Add(await health.CheckHealthAsync(check => check.Tags.Contains("ready"), cancellationToken));
    }
}
