using BananPark.Cms.Api.Endpoints;
using BananPark.Cms.Api.Services;
using BananPark.Cms.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The OpenAPI document's name (<c>/api/openapi/v1.json</c>).</summary>
    public const string DocumentName = "v1";

    /// <summary>The content API under /api: content items, content definitions, its OpenAPI document and reference page.</summary>
    public static IServiceCollection AddCmsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection("Cms:Api")).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IApiClientOrigins, NoApiClientOrigins>();
        services.AddSingleton<ApiRateLimiter>();
        services.AddSingleton<ListCursor>();
        services.AddScoped<ApiRequestFilter>();
        services.AddScoped<ContentReadRules>();
        services.AddScoped<Expansion>();
        services.AddScoped<ContentReader>();
        services.AddScoped<ContentWriter>();
        services.AddScoped<ContentWorkflow>();
        services.AddSingleton<IAdminMenuContributor, ApiMenu>();
        services.AddOpenApi(DocumentName, options =>
        {
            // The document is the API's, not the site's pages and admin forms.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
        });
        return services;
    }

    /// <summary>The API's endpoints, the CORS preflight, the OpenAPI document and the reference page.</summary>
    public static IEndpointRouteBuilder MapCmsApi(this IEndpointRouteBuilder endpoints)
    {
        // Declared open: anyone may read published content and the document; each handler checks the caller's
        // permission on the item itself (ContentAccess), as the admin's item screens do, and writes need a user.
        var api = endpoints.MapGroup("/api").AddEndpointFilter<ApiRequestFilter>().DisableAntiforgery().AllowAnonymous();
        api.MapContent();
        api.MapContentTypes();
        endpoints.MapMethods("/api/{**path}", [HttpMethods.Options], (HttpContext context, IApiClientOrigins origins) => ApiCors.PreflightAsync(context, origins))
            .ExcludeFromDescription().AllowAnonymous();
        endpoints.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        endpoints.MapApiReference();
        return endpoints;
    }
}
