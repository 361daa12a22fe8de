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

    [Theory]
    [InlineData("Cms:OpenId:KeyActivationDelay", "01:00:00", "KeyActivationDelay")]
    [InlineData("Cms:OpenId:MaintenanceInterval", "00:00:10", "MaintenanceInterval")]
    [InlineData("Cms:OpenId:KeyRotationInterval", "1.00:00:00", "KeyRotationInterval")]
    [InlineData("Cms:OpenId:PruneBatchSize", "0", "PruneBatchSize")]
    [InlineData("Cms:OpenId:PruneMinimumAge", "-01:00:00", "PruneMinimumAge")]
    public void AddCmsOpenId_WhenMaintenanceSettingIsUnsafe_RefusedOnStart(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection().AddCmsOpenId(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OpenIdOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
