using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// The opaque <c>cursor</c> of a list page: the position of the next page, bound to the query it came from and
/// protected by the site's data-protection keys, so a cursor someone wrote or edited, or one of another query, is refused.
/// </summary>
public sealed class ListCursor(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("BananPark.Cms.Api.ListCursor.v1");

    /// <summary>The cursor of the page starting at <paramref name="position"/> of the query <paramref name="queryKey"/> describes.</summary>
    public string Create(string queryKey, int position)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{position}|{Hash(queryKey)}"));
        return Base64Url(_protector.Protect(payload));
    }

    /// <summary>The position a cursor points to, or null when it is forged, damaged or of another query.</summary>
    public int? Read(string cursor, string queryKey)
    {
        try
        {
            var text = Encoding.UTF8.GetString(_protector.Unprotect(FromBase64Url(cursor)));
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            return separator > 0
                && text[(separator + 1)..] == Hash(queryKey)
                && int.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                ? position
                : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private static string Hash(string queryKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(queryKey)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
