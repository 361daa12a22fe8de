using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// The rule for link URLs stored in content: http, https, mailto and tel, or a local URL (<c>/x</c>,
/// <c>#x</c>, <c>?x</c>, <c>page.html</c>). Everything else is refused: <c>javascript:</c>,
/// <c>data:</c>, <c>vbscript:</c> and any other scheme, protocol-relative <c>//host</c>, and the same
/// hidden behind case, whitespace, control characters or character references.
/// </summary>
public static partial class SafeLinks
{
    /// <summary>The schemes a link may use; the rich-text sanitizer allows the same.</summary>
    public static IReadOnlySet<string> AllowedSchemes { get; } = new HashSet<string>(StringComparer.Ordinal) { "http", "https", "mailto", "tel" };

    /// <summary>True for an allowed URL; null, empty and whitespace are allowed (whether a URL is required is another rule).</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var plain = Normalize(url);
        if (plain.Length == 0)
        {
            return false;
        }

        if (Scheme().Match(plain) is { Success: true } scheme)
        {
            return AllowedSchemes.Contains(scheme.Groups[1].Value);
        }

        if (plain.StartsWith("//", StringComparison.Ordinal) || plain.StartsWith("/\\", StringComparison.Ordinal) || plain.StartsWith('\\'))
        {
            return false;
        }

        // A colon before the path, query or fragment starts means the browser may still read a scheme.
        var end = plain.IndexOfAny(['/', '?', '#']);
        return !(end < 0 ? plain : plain[..end]).Contains(':', StringComparison.Ordinal);
    }

    /// <summary>
    /// The URL as a browser would resolve its scheme: character references decoded (numeric ones with
    /// or without <c>;</c>, and <c>&amp;colon;</c>, <c>&amp;Tab;</c>, <c>&amp;NewLine;</c>), then every
    /// whitespace, control and invisible format character removed, then lower case.
    /// </summary>
    private static string Normalize(string url)
    {
        var text = url;
        for (var round = 0; round < 3; round++)
        {
            var decoded = WebUtility.HtmlDecode(Html5Names(NumericReference().Replace(text, Decode)));
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                plain.Append(c);
            }
        }

        return plain.ToString().ToLowerInvariant();
    }

    private static string Html5Names(string text)
        => text.Replace("&colon;", ":", StringComparison.OrdinalIgnoreCase)
            .Replace("&tab;", "\t", StringComparison.OrdinalIgnoreCase)
            .Replace("&newline;", "\n", StringComparison.OrdinalIgnoreCase);

    private static string Decode(Match match)
    {
        var digits = match.Groups[1].Value;
        var hex = digits.StartsWith('x') || digits.StartsWith('X');
        var parsed = hex
            ? int.TryParse(digits.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        return parsed && code is > 0 and <= 0x10FFFF && code is not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
    }

    [GeneratedRegex("&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,9});?")]
    private static partial Regex NumericReference();

    [GeneratedRegex("^([a-z][a-z0-9+.\\-]*):")]
    private static partial Regex Scheme();
}
