using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Tenancy.Urls;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Tenancy.Tests;

/// <summary>Absolute links use <c>Cms:PublicUrl</c> when set, the request's scheme and host otherwise; a wrong value stops the start.</summary>
public sealed class PublicUrlsTests
{
    [Theory]
    [InlineData("https://www.example.org", "enterprises/blue-moon", "https://www.example.org/enterprises/blue-moon")]
    [InlineData("https://www.example.org/park/", "/enterprises/blue-moon", "https://www.example.org/park/enterprises/blue-moon")]
    [InlineData("http://10.0.0.5:8080/", "", "http://10.0.0.5:8080/")]
    public void Absolute_WhenPublicUrlIsSet_UsesItWhateverTheRequest(string publicUrl, string path, string expected)
    {
        using var services = Services(publicUrl);
        Request(services, "http", "internal-node:5080");

        Assert.Equal(expected, services.GetRequiredService<IPublicUrls>().Absolute(path));
    }

    [Fact]
    public void Absolute_WhenPublicUrlIsNotSet_UsesTheRequestsSchemeAndHost()
    {
        using var services = Services(null);
        Request(services, "https", "park.example.org");

        Assert.Equal("https://park.example.org/groups/huaxi", services.GetRequiredService<IPublicUrls>().Absolute("/groups/huaxi"));
    }

    [Fact]
    public void Base_OutsideARequestWithoutPublicUrl_IsNullAndLinksStayRelative()
    {
        using var services = Services(null);
        var urls = services.GetRequiredService<IPublicUrls>();

        Assert.Null(urls.Base);
        Assert.Equal("/groups/huaxi", urls.Absolute("groups/huaxi"));
    }

    [Theory]
    [InlineData("www.example.org")]
    [InlineData("/park")]
    [InlineData("ftp://example.org/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://example.org/?x=1")]
    public void Options_WhenPublicUrlIsNotAnAbsoluteHttpUrl_FailNamingTheSetting(string publicUrl)
    {
        using var services = Services(publicUrl);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PublicUrlOptions>>().Value);

        Assert.StartsWith("Cms:PublicUrl: ", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string? publicUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cms:PublicUrl"] = publicUrl }).Build();
        return new ServiceCollection().AddLogging().AddCmsTenancy(configuration).BuildServiceProvider();
    }

    private static void Request(ServiceProvider services, string scheme, string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
    }
}
