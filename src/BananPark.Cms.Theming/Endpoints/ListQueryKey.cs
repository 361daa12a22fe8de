using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>
/// The part of the output-cache key that a list page's filters make: every query parameter but the page (which the
/// key holds as understood), names in lower case and sorted, values sorted, so the same filters in another order are
/// one entry. Long ones are hashed. A made-up parameter makes a new key but is never stored (<see cref="DirectoryList"/>
/// turns storage off for a request its filters do not read as given).
/// </summary>
internal static class ListQueryKey
{
    private const int MaxPlainLength = 512;

    public static string Of(HttpRequest request)
    {
        var text = new StringBuilder();
        foreach (var (name, values) in request.Query
            .Where(q => !q.Key.Equals(PublicSiteEndpoints.PageParameter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(q => q.Key.ToLowerInvariant(), StringComparer.Ordinal))
        {
            text.Append(name.ToLowerInvariant()).Append('=');
            text.AppendJoin('\u001e', values.Order(StringComparer.Ordinal)).Append('\u001f');
        }

        return text.Length <= MaxPlainLength ? text.ToString() : "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
