using BananPark.Cms.OpenId.Server;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Applications;

/// <summary>Maps <see cref="ApplicationInput"/> to OpenIddict's descriptor (permissions, requirements, properties) and back.</summary>
public static class ApplicationDescriptors
{
    /// <summary>Scopes every site has without a scope row.</summary>
    public static readonly IReadOnlySet<string> BuiltInScopes = new HashSet<string>(StringComparer.Ordinal)
    {
        Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, OpenIdServer.ApiScope,
    };

    public static OpenIddictApplicationDescriptor Build(ApplicationInput input)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = input.ClientId,
            DisplayName = input.DisplayName,
            ClientType = input.Type == ApplicationInput.Public ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = input.RequireConsent || input.Type == ApplicationInput.Public ? ConsentTypes.Explicit : ConsentTypes.Implicit,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.Endpoints.Revocation);
        if (input.Type == ApplicationInput.Confidential)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        if (input.AllowAuthorizationCodeFlow)
        {
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        if (input.AllowClientCredentialsFlow)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        if (input.AllowRefreshTokenFlow)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + Scopes.OfflineAccess);
        }

        descriptor.Permissions.UnionWith(input.Scopes.Where(s => s != Scopes.OpenId).Select(s => Permissions.Prefixes.Scope + s));
        descriptor.RedirectUris.UnionWith(input.RedirectUris.Select(u => new Uri(u)));
        descriptor.PostLogoutRedirectUris.UnionWith(input.PostLogoutRedirectUris.Select(u => new Uri(u)));
        ApplicationProperties.Write(descriptor, ApplicationProperties.Roles, input.Roles.Distinct(StringComparer.Ordinal));
        ApplicationProperties.Write(descriptor, ApplicationProperties.CorsOrigins, input.CorsOrigins.Select(o => o.TrimEnd('/')).Distinct(StringComparer.OrdinalIgnoreCase));
        return descriptor;
    }

    public static async Task<ApplicationInput> ReadAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return new ApplicationInput
        {
            ClientId = await applications.GetClientIdAsync(application, cancellationToken) ?? "",
            DisplayName = await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            Type = await applications.HasClientTypeAsync(application, ClientTypes.Public, cancellationToken) ? ApplicationInput.Public : ApplicationInput.Confidential,
            RedirectUris = [.. await applications.GetRedirectUrisAsync(application, cancellationToken)],
            PostLogoutRedirectUris = [.. await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken)],
            AllowAuthorizationCodeFlow = permissions.Contains(Permissions.GrantTypes.AuthorizationCode),
            AllowClientCredentialsFlow = permissions.Contains(Permissions.GrantTypes.ClientCredentials),
            AllowRefreshTokenFlow = permissions.Contains(Permissions.GrantTypes.RefreshToken),
            Scopes = [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..]).Where(s => s != Scopes.OfflineAccess).Order(StringComparer.Ordinal)],
            Roles = [.. ApplicationProperties.Read(properties, ApplicationProperties.Roles)],
            CorsOrigins = [.. ApplicationProperties.Read(properties, ApplicationProperties.CorsOrigins)],
            RequireConsent = !await applications.HasConsentTypeAsync(application, ConsentTypes.Implicit, cancellationToken),
        };
    }
}
