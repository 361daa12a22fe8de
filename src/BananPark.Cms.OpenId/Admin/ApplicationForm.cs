using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.ScopeDefinitions;
using BananPark.Cms.OpenId.Server;
using Microsoft.AspNetCore.Http;
using Names = OpenIddict.Abstractions.OpenIddictConstants.Scopes;

namespace BananPark.Cms.OpenId.Admin;

/// <summary>
/// The application form's fields, with Orchard's property names: <c>ClientId</c>, <c>DisplayName</c>, <c>Type</c>,
/// <c>ClientSecret</c> (new applications only), <c>RedirectUris</c>, <c>PostLogoutRedirectUris</c> and <c>CorsOrigins</c>
/// (one per line), the three <c>Allow…Flow</c> boxes, <c>RequireConsent</c>, <c>Scopes</c> and <c>Roles</c> (ticked boxes).
/// The rules are <see cref="ApplicationRules"/>'s, checked by <see cref="ApplicationService"/>.
/// </summary>
public static class ApplicationForm
{
    public const string ClientSecret = nameof(ClientSecret);

    /// <summary>The posted application; on an existing one the client id is the route's, whatever was posted.</summary>
    public static ApplicationInput Read(IFormCollection form, string? existingClientId) => new()
    {
        ClientId = existingClientId ?? PostedLists.Text(form, nameof(ApplicationInput.ClientId)),
        DisplayName = PostedLists.Text(form, nameof(ApplicationInput.DisplayName)),
        Type = PostedLists.Text(form, nameof(ApplicationInput.Type)),
        RedirectUris = PostedLists.Lines(form, nameof(ApplicationInput.RedirectUris)),
        PostLogoutRedirectUris = PostedLists.Lines(form, nameof(ApplicationInput.PostLogoutRedirectUris)),
        CorsOrigins = PostedLists.Lines(form, nameof(ApplicationInput.CorsOrigins)),
        AllowAuthorizationCodeFlow = PostedLists.Ticked(form, nameof(ApplicationInput.AllowAuthorizationCodeFlow)),
        AllowClientCredentialsFlow = PostedLists.Ticked(form, nameof(ApplicationInput.AllowClientCredentialsFlow)),
        AllowRefreshTokenFlow = PostedLists.Ticked(form, nameof(ApplicationInput.AllowRefreshTokenFlow)),
        RequireConsent = PostedLists.Ticked(form, nameof(ApplicationInput.RequireConsent)),
        Scopes = PostedLists.Values(form, nameof(ApplicationInput.Scopes)),
        Roles = PostedLists.Values(form, nameof(ApplicationInput.Roles)),
    };

    /// <summary>The secret typed for a new confidential application; null when left empty (one is generated).</summary>
    public static string? TypedSecret(IFormCollection form)
        => form[ClientSecret].ToString() is { Length: > 0 } secret ? secret : null;

    /// <summary>The scopes the form offers: the built-in ones a client asks for by name, then the site's own.</summary>
    public static IReadOnlyList<(string Name, string Description)> ScopeChoices(IEnumerable<ScopeInput> own)
        =>
        [
            (OpenIdServer.ApiScope, $"The content API (tokens for the audience {OpenIdServer.ApiAudience})"),
            (Names.Profile, "The user's name"),
            (Names.Email, "The user's e-mail address"),
            (Names.Roles, "The user's roles"),
            .. own.Select(s => (s.Name, s.DisplayName.Length > 0 ? s.DisplayName : s.Description)),
        ];
}
