using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.OpenId;

public static class OpenIdServiceCollectionExtensions
{
    /// <summary>The OpenID Connect server (OpenIddict over the tenant's database), its bearer validation, screens and steps.</summary>
    public static IServiceCollection AddCmsOpenId(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenIdOptions>().Bind(configuration.GetSection("Cms:OpenId"));
        return services;
    }

    /// <summary>The <c>/connect</c> endpoints the OpenIddict server passes through to the site (authorize, logout, userinfo).</summary>
    public static IEndpointRouteBuilder MapCmsOpenId(this IEndpointRouteBuilder endpoints) => endpoints;
}
