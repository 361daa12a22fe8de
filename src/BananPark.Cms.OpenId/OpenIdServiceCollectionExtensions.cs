using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Components.Account;
using BananPark.Cms.OpenId.Data;
using BananPark.Cms.OpenId.Endpoints;
using BananPark.Cms.OpenId.Keys;
using BananPark.Cms.OpenId.Maintenance;
using BananPark.Cms.OpenId.Recipes;
using BananPark.Cms.OpenId.Server;
using BananPark.Cms.OpenId.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.OpenId;

public static class OpenIdServiceCollectionExtensions
{
    /// <summary>The OpenID Connect server (OpenIddict over the tenant's database), its bearer validation, screens and steps.</summary>
    public static IServiceCollection AddCmsOpenId(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenIdOptions>().Bind(configuration.GetSection("Cms:OpenId")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenIdOptions>, OpenIdOptionsValidation>();
        services.AddDbContext<OpenIdDbContext>((sp, options) => sp.GetRequiredService<TenantStore>().Use(
            options, sp.GetRequiredService<ITenantContext>().Tenant,
            sp.GetRequiredService<CmsDbContext>().Database.GetDbConnection(), OpenIdDbContext.MigrationsTable));
        services.AddCmsStoreEnlistment<OpenIdDbContext>();
        services.AddScoped<ITenantInitializer, OpenIdInitializer>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<KeyProtector>();
        services.AddSingleton<TenantKeyRing>();
        services.AddScoped<KeyRotation>();
        services.AddScoped<TokenPruning>();
        services.AddSingleton<OpenIdMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<OpenIdMaintenance>());
        OpenIdServer.AddServer(services, configuration);

        services.AddSingleton<ClientDirectory>();
        services.AddSingleton<ISiteChangeListener>(sp => sp.GetRequiredService<ClientDirectory>());
        services.Replace(ServiceDescriptor.Scoped<IApiClientOrigins, ApiClientOrigins>());
        services.AddScoped<ServerSettingsStore>();
        services.AddScoped<TokenPrincipals>();
        services.AddScoped<ConsentRequests>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<AuthorizationService>();
        AddStep<OpenIdServerSettingsStep>(services);
        AddStep<OpenIdScopeStep>(services);
        AddStep<OpenIdApplicationStep>(services);
        services.AddSingleton(new AdminComponentAssembly(typeof(Consent).Assembly));
        return services;
    }

    /// <summary>The <c>/connect</c> endpoints OpenIddict passes through to the site (authorize, token, logout, userinfo).</summary>
    public static IEndpointRouteBuilder MapCmsOpenId(this IEndpointRouteBuilder endpoints)
    {
        // The forms these read are checked by hand (FormPosts), after OpenIddict validated the protocol request.
        endpoints.MapMethods("/" + OpenIdPaths.Authorize, [HttpMethodsGet, HttpMethodsPost], AuthorizeEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapPost("/" + OpenIdPaths.Token, TokenEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapMethods("/" + OpenIdPaths.Logout, [HttpMethodsGet, HttpMethodsPost], SessionEndpoints.LogoutAsync).DisableAntiforgery();
        endpoints.MapMethods("/" + OpenIdPaths.UserInfo, [HttpMethodsGet, HttpMethodsPost], SessionEndpoints.UserInfoAsync).DisableAntiforgery();
        return endpoints;
    }

    private static void AddStep<TStep>(IServiceCollection services)
        where TStep : class, IRecipeStep, IRecipeExportStep
    {
        services.AddScoped<TStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<TStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<TStep>());
    }

    private const string HttpMethodsGet = "GET";
    private const string HttpMethodsPost = "POST";
}
