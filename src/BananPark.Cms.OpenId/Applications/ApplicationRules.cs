using System.Text.RegularExpressions;

namespace BananPark.Cms.OpenId.Applications;

/// <summary>What makes an application valid: names, exact absolute redirect URIs of safe schemes, bare origins, flows that fit its type.</summary>
public static partial class ApplicationRules
{
    /// <summary>Problems by field name (Orchard's property names); empty when valid.</summary>
    public static Dictionary<string, string> Check(ApplicationInput input)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!ClientIdPattern().IsMatch(input.ClientId))
        {
            problems[nameof(input.ClientId)] = "Use 1 to 100 letters, digits, '.', '_' or '-'.";
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 200)
        {
            problems[nameof(input.DisplayName)] = "Give a name of at most 200 characters.";
        }

        if (input.Type is not (ApplicationInput.Confidential or ApplicationInput.Public))
        {
            problems[nameof(input.Type)] = "The type is confidential or public.";
        }

        if (input.Type == ApplicationInput.Public && input.AllowClientCredentialsFlow)
        {
            problems[nameof(input.AllowClientCredentialsFlow)] = "A public application cannot keep a secret, so it cannot use client credentials.";
        }

        if (!input.AllowAuthorizationCodeFlow && !input.AllowClientCredentialsFlow)
        {
            problems[nameof(input.AllowAuthorizationCodeFlow)] = "Allow the authorization code flow, client credentials, or both.";
        }

        if (input.AllowRefreshTokenFlow && !input.AllowAuthorizationCodeFlow)
        {
            problems[nameof(input.AllowRefreshTokenFlow)] = "Refresh tokens come with the authorization code flow.";
        }

        if (input.AllowAuthorizationCodeFlow && input.RedirectUris.Count == 0)
        {
            problems[nameof(input.RedirectUris)] = "The authorization code flow needs at least one redirect URI.";
        }

        CheckUris(problems, nameof(input.RedirectUris), input.RedirectUris);
        CheckUris(problems, nameof(input.PostLogoutRedirectUris), input.PostLogoutRedirectUris);
        if (input.CorsOrigins.Count > MaxEntries)
        {
            problems[nameof(input.CorsOrigins)] = $"List at most {MaxEntries} origins.";
        }
        else if (input.CorsOrigins.FirstOrDefault(o => !IsOrigin(o)) is { } origin)
        {
            problems[nameof(input.CorsOrigins)] = $"'{origin}' is not an origin: scheme://host[:port], http or https, no path.";
        }

        return problems;
    }

    /// <summary>
    /// An absolute URI without fragment: https, http on a loopback host only (desktop and test apps), or an app's own
    /// scheme (com.example.app:/callback). Never javascript:, data:, file: or other browser schemes.
    /// </summary>
    public static bool IsRedirectUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0 || value.Length > 2000)
        {
            return false;
        }

        return uri.Scheme switch
        {
            "https" => true,
            "http" => uri.IsLoopback,
            "javascript" or "data" or "file" or "vbscript" or "blob" or "about" or "ftp" or "ws" or "wss" => false,
            _ => uri.Scheme.Contains('.', StringComparison.Ordinal),
        };
    }

    /// <summary>scheme://host[:port] with nothing after it.</summary>
    public static bool IsOrigin(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.GetLeftPart(UriPartial.Authority).Equals(value.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) && !value.EndsWith('/');

    /// <summary>The most redirect URIs, post-logout redirect URIs or origins an application lists.</summary>
    public const int MaxEntries = 50;

    private static void CheckUris(Dictionary<string, string> problems, string field, List<string> uris)
    {
        if (uris.Count > MaxEntries)
        {
            problems[field] = $"List at most {MaxEntries}.";
            return;
        }

        if (uris.FirstOrDefault(u => !IsRedirectUri(u)) is { } wrong)
        {
            problems[field] = $"'{wrong}' is not allowed: use an absolute https URI (http only on 127.0.0.1 or localhost, or an app scheme like com.example.app:/callback), without '#'.";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex ClientIdPattern();
}
