using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.OpenId.Tests;

public sealed class OpenIdOptionsTests
{
    [Fact]
    public void AddCmsOpenId_WhenNothingConfigured_RequiresHttps()
    {
        using var provider = new ServiceCollection().AddCmsOpenId(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.True(provider.GetRequiredService<IOptions<OpenIdOptions>>().Value.RequireHttps);
    }

    [Fact]
    public void AddCmsOpenId_WhenConfigured_BindsCmsOpenIdSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cms:OpenId:RequireHttps"] = "false" }).Build();
        using var provider = new ServiceCollection().AddCmsOpenId(configuration).BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IOptions<OpenIdOptions>>().Value.RequireHttps);
    }
}
