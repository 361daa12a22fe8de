using BananPark.Cms.Api.Services;
using BananPark.Cms.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Api.Tests;

public sealed class ApiServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCmsApi_WithoutAnOriginsProvider_AllowsNoOrigin()
    {
        var services = new ServiceCollection().AddCmsApi(new ConfigurationBuilder().Build());

        Assert.Equal(typeof(NoApiClientOrigins), services.Single(s => s.ServiceType == typeof(IApiClientOrigins)).ImplementationType);
    }

    [Fact]
    public async Task AddCmsApi_AfterAnOriginsProvider_KeepsIt()
    {
        var services = new ServiceCollection()
            .AddSingleton<IApiClientOrigins, EveryOrigin>()
            .AddCmsApi(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();

        Assert.True(await provider.GetRequiredService<IApiClientOrigins>().IsAllowedAsync("https://partner.example", TestContext.Current.CancellationToken));
        Assert.False(await new NoApiClientOrigins().IsAllowedAsync("https://partner.example", TestContext.Current.CancellationToken));
    }

    private sealed class EveryOrigin : IApiClientOrigins
    {
        public Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken = default) => Task.FromResult(true);
    }
}
