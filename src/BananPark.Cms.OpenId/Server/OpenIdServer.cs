using BananPark.Cms.OpenId.Data;
using BananPark.Cms.OpenId.Keys;
using BananPark.Cms.OpenId.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Server;

/// <summary>OpenIddict's core (EF Core stores in the tenant's database), server and validation, as the site uses them.</summary>
internal static class OpenIdServer
{
    /// <summary>The audience of tokens for the site's API: tokens without it (a scope of another resource) are refused.</summary>
    public const string ApiAudience = "cms-api";

    /// <summary>The scope that asks for <see cref="ApiAudience"/>.</summary>
    public const string ApiScope = "api";

    public static void AddServer(IServiceCollection services, IConfiguration configuration)
    {
        var requireHttps = configuration.GetSection("Cms:OpenId").Get<OpenIdOptions>()?.RequireHttps ?? true;
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<OpenIdDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(OpenIdPaths.Authorize)
                    .SetTokenEndpointUris(OpenIdPaths.Token)
                    .SetEndSessionEndpointUris(OpenIdPaths.Logout)
                    .SetUserInfoEndpointUris(OpenIdPaths.UserInfo)
                    .SetIntrospectionEndpointUris(OpenIdPaths.Introspect)
                    .SetRevocationEndpointUris(OpenIdPaths.Revoke);
                // No password flow, no implicit or hybrid flow: codes with PKCE for people, secrets for machines.
                server.AllowAuthorizationCodeFlow().AllowClientCredentialsFlow().AllowRefreshTokenFlow();
                server.RequireProofKeyForCodeExchange();
                // S256 only: a "plain" challenge is the verifier itself, readable by whoever sees the authorization request.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                // Access tokens are signed JWTs, not also encrypted: the site is their only resource server and holds
                // the keys, so encryption hid nothing from it, and its RSA-OAEP unwrap (a private-key operation) on every
                // API call made a bearer list several times slower than an anonymous one (README, Load check). Their
                // claims are no secret from the client that holds them (the security stamp goes in as a digest,
                // BearerClaims.StampOf). Codes and refresh tokens stay encrypted; encrypted tokens issued before still
                // validate (the validation keeps the decryption keys).
                server.DisableAccessTokenEncryption();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, ApiScope);
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                validation.AddAudiences(ApiAudience);
                // Both on: a revoked token or a revoked authorization is refused at once (GHSA-cxgj-hwwh-855g).
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                validation.AddEventHandler<OpenIddictValidationEvents.ProcessAuthenticationContext>(handler => handler
                    .UseScopedHandler<BearerPrincipalHandler>()
                    .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 1_000)
                    .SetType(OpenIddictValidationHandlerType.Custom));
            });

        // The options are per tenant: each tenant's keys (Keys/), built once and again after a rotation.
        services.AddSingleton<CurrentTenantName>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, TenantKeyOptions>();
        services.Replace(ServiceDescriptor.Singleton<IOptionsMonitor<OpenIddictServerOptions>, TenantOptionsMonitor<OpenIddictServerOptions>>());
        services.Replace(ServiceDescriptor.Singleton<IOptionsMonitor<OpenIddictValidationOptions>, TenantOptionsMonitor<OpenIddictValidationOptions>>());
    }
}
