using BananPark.Cms.Api.Services;
using BananPark.Cms.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The content API under /api: content items, content definitions, its OpenAPI document.</summary>
    public static IServiceCollection AddCmsApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<IApiClientOrigins, NoApiClientOrigins>();
        return services;
    }

    /// <summary>The API's endpoints.</summary>
    public static IEndpointRouteBuilder MapCmsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        _ = api;
        return endpoints;
    }
}
