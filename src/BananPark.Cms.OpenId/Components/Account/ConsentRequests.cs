using BananPark.Cms.OpenId.Server;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Components.Account;

/// <summary>What the consent screen shows and posts back.</summary>
/// <param name="DisplayName">The application's name.</param>
/// <param name="Scopes">What it asks for, in words.</param>
/// <param name="Parameters">The authorization request's parameters, posted back to the authorization endpoint.</param>
/// <param name="RedirectOrigin">The origin of its registered redirect URI.</param>
public sealed record ConsentRequest(string DisplayName, IReadOnlyList<string> Scopes, IReadOnlyList<(string Name, string Value)> Parameters, string RedirectOrigin);

/// <summary>Reads the consent screen's query: only a known client with one of its own redirect URIs gets a form.</summary>
public sealed class ConsentRequests(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes)
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        [Scopes.OpenId] = "Know who you are (your user id)",
        [Scopes.Profile] = "See your user name and display name",
        [Scopes.Email] = "See your email address",
        [Scopes.Roles] = "See your roles",
        [Scopes.OfflineAccess] = "Keep access while you are away (refresh tokens)",
        [OpenIdServer.ApiScope] = "Read and change the site's content, with your permissions",
    };

    public async Task<ConsentRequest?> ReadAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var clientId = query[Parameters.ClientId].ToString();
        var redirectUri = query[Parameters.RedirectUri].ToString();
        var application = clientId.Length == 0 ? null : await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null || !Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect)
            || !(await applications.GetRedirectUrisAsync(application, cancellationToken)).Contains(redirectUri, StringComparer.Ordinal))
        {
            return null;
        }

        var words = new List<string>();
        foreach (var name in query[Parameters.Scope].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            var scope = Known.ContainsKey(name) ? null : await scopes.FindByNameAsync(name, cancellationToken);
            words.Add(Known.TryGetValue(name, out var known) ? known
                : scope is null ? name
                : await scopes.GetDescriptionAsync(scope, cancellationToken) ?? await scopes.GetDisplayNameAsync(scope, cancellationToken) ?? name);
        }

        var parameters = query.SelectMany(p => p.Value.Select(v => (p.Key, v ?? ""))).ToList();
        return new ConsentRequest(
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId,
            words,
            parameters,
            redirect.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>The page's policy with <paramref name="origin"/> added to <c>form-action</c> (an origin of a registered URI, so no injection).</summary>
    public static string PolicyFor(string policy, string origin)
        => policy.Contains("form-action 'self'", StringComparison.Ordinal)
            ? policy.Replace("form-action 'self'", $"form-action 'self' {origin}", StringComparison.Ordinal)
            : policy;
}
