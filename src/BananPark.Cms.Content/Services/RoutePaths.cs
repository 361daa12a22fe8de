using System.Globalization;
using System.Text;

namespace BananPark.Cms.Content.Services;

/// <summary>The one definition of a valid route path and its indexed (normalized) form.</summary>
public static class RoutePaths
{
    /// <summary>Longest path accepted (the index column's size).</summary>
    public const int MaxLength = 1024;

    /// <summary>Lower-case, no slashes at either end; null for an empty path.</summary>
    public static string? Normalize(string? path)
    {
        var trimmed = path?.Trim().Trim('/');
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }

    /// <summary>Why <paramref name="path"/> can't be a route, or null when it can.</summary>
    public static string? Problem(string? path)
    {
        var normalized = Normalize(path);
        if (normalized is null)
        {
            return null;
        }

        if (normalized.Length > MaxLength)
        {
            return $"a route may have at most {MaxLength} characters";
        }

        if (normalized.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            return $"'{path}' has an empty, '.' or '..' segment";
        }

        var bad = normalized.FirstOrDefault(c => !(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/'));
        return bad == default ? null : $"'{path}' contains '{bad}'; use letters, digits, '-', '_', '.', '~' and '/'";
    }

    /// <summary>A URL segment from text: lower-case letters and digits (any script), words joined by '-'.</summary>
    public static string Slugify(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
