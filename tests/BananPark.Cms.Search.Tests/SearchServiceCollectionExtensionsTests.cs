using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    public async Task AddCmsSearch_WhenThePageSizeIsOutOfRange_RefusesTheSettings(string pageSize)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cms:Search:PageSize"] = pageSize }).Build();
        await using var provider = new ServiceCollection().AddCmsSearch(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SearchOptions>>().Value);
    }

    [Fact]
    public async Task AddCmsSearch_ByDefault_ShowsTenHitsAPage()
    {
        await using var provider = new ServiceCollection().AddCmsSearch(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Equal(10, provider.GetRequiredService<IOptions<SearchOptions>>().Value.PageSize);
    }
}
