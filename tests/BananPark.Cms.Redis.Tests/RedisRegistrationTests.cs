using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Redis.Changes;
using BananPark.Cms.Redis.Services;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Redis.Tests;

/// <summary>AddCmsRedis registers nothing without its setting, and replaces each one-node default with it (nothing connects until used).</summary>
public sealed class RedisRegistrationTests
{
    [Fact]
    public async Task AddCmsRedis_WithoutConfiguration_RegistersNothingOfRedis()
    {
        await using var node = await TestTenant.CreateAsync(s => s.AddCmsRedis(Nodes.Settings(new Dictionary<string, string?> { ["Cms:Redis:InstanceName"] = "unused" })));

        await node.RunScopeAsync(services =>
        {
            Assert.Null(services.GetService<RedisConnection>());
            Assert.IsType<InProcessLock>(services.GetRequiredService<IDistributedLock>());
            Assert.IsType<InProcessCounters>(services.GetRequiredService<ISharedCounters>());
            Assert.DoesNotContain(services.GetServices<ISiteChangeListener>(), l => l is RedisChangePublisher);
            Assert.DoesNotContain(services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), h => h is RedisChangeSubscriber);
            Assert.IsType<FileSystemXmlRepository>(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
            Assert.DoesNotContain(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "redis");
            return Task.FromResult(true);
        });
    }

    [Fact]
    public async Task AddCmsRedis_WithConfiguration_ReplacesTheOneNodeDefaults()
    {
        var settings = Nodes.Settings(new Dictionary<string, string?> { ["Cms:Redis:Configuration"] = "127.0.0.1:1", ["Cms:Redis:InstanceName"] = "registration" });
        await using var node = await TestTenant.CreateAsync(s => s.AddCmsRedis(settings));

        await node.RunScopeAsync(services =>
        {
            Assert.IsType<RedisLock>(services.GetRequiredService<IDistributedLock>());
            Assert.IsType<RedisCounters>(services.GetRequiredService<ISharedCounters>());
            Assert.Single(services.GetServices<ISiteChangeListener>(), l => l is RedisChangePublisher);
            Assert.IsType<RedisXmlRepository>(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
            Assert.Contains(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "redis" && r.Tags.Contains("ready"));
            Assert.Equal("registration", services.GetRequiredService<RedisConnection>().InstanceName);
            return Task.FromResult(true);
        });
    }

    [Fact]
    public async Task AddCmsRedis_WithAConfigurationThatIsNotOne_FailsItsValidation()
    {
        var settings = Nodes.Settings(new Dictionary<string, string?> { ["Cms:Redis:Configuration"] = "password=only" });
        await using var node = await TestTenant.CreateAsync(s => s.AddCmsRedis(settings));

        await node.RunScopeAsync(services =>
        {
            Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RedisOptions>>().Value);
            return Task.FromResult(true);
        });
    }
}
