using System.Globalization;
using BananPark.Cms.Core.Media;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Media.Processing;

/// <summary>
/// Resize commands with Orchard's query names (<c>width height rmode format quality rxy bgcolor profile</c>): parsed
/// strictly (a malformed or out-of-range value is an error, never a guess) and written in one canonical form, which is
/// what a signature covers and what the disk cache is keyed by.
/// </summary>
public static class MediaCommands
{
    /// <summary>The query names that are commands (others, such as <c>v</c> and <c>token</c>, are not).</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(["width", "height", "rmode", "format", "quality", "rxy", "bgcolor", "profile"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The output formats a render may ask for.</summary>
    public static readonly IReadOnlySet<string> Formats = new HashSet<string>(["jpg", "png", "webp", "gif"], StringComparer.Ordinal);

    /// <summary>True when the query asks for a render at all.</summary>
    public static bool AnyIn(IQueryCollection query) => query.Keys.Any(Names.Contains);

    /// <summary>The commands of <paramref name="query"/>, or the reason they cannot be used.</summary>
    public static (MediaResize? Resize, string? Error) Parse(IQueryCollection query, int maxSide)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var name in query.Keys.Where(Names.Contains))
        {
            if (query[name].Count != 1)
            {
                return (null, $"\"{name}\" is given more than once.");
            }
        }

        var resize = new MediaResize();
        if (query.TryGetValue("profile", out var profile))
        {
            return profile.ToString() is { Length: > 0 and <= 64 } name ? (resize with { Profile = name }, null) : (null, "\"profile\" is not a profile name.");
        }

        if (!TrySide(query, "width", maxSide, out var width, out var error) || !TrySide(query, "height", maxSide, out var height, out error))
        {
            return (null, error);
        }

        if (width is null && height is null)
        {
            return (null, "A render needs a width or a height.");
        }

        resize = resize with { Width = width, Height = height };
        if (query.TryGetValue("rmode", out var rmode))
        {
            if (!TryMode(rmode.ToString(), out var mode))
            {
                return (null, "\"rmode\" must be one of pad, boxpad, max, min, stretch, crop.");
            }

            resize = resize with { Mode = mode };
        }

        if (query.TryGetValue("format", out var format))
        {
            var value = format.ToString().ToLowerInvariant() is "jpeg" ? "jpg" : format.ToString().ToLowerInvariant();
            if (!Formats.Contains(value))
            {
                return (null, "\"format\" must be one of jpg, png, webp, gif.");
            }

            resize = resize with { Format = value };
        }

        if (query.TryGetValue("quality", out var quality))
        {
            if (!int.TryParse(quality, NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q is < 1 or > 100)
            {
                return (null, "\"quality\" must be a whole number from 1 to 100.");
            }

            resize = resize with { Quality = q };
        }

        if (query.TryGetValue("rxy", out var rxy))
        {
            if (!TryAnchor(rxy.ToString(), out var anchor))
            {
                return (null, "\"rxy\" must be two fractions from 0 to 1, such as 0.5,0.3.");
            }

            resize = resize with { Anchor = anchor };
        }

        if (query.TryGetValue("bgcolor", out var bgcolor))
        {
            var value = bgcolor.ToString().TrimStart('#').ToLowerInvariant();
            if (value.Length is not (3 or 4 or 6 or 8) || !value.All(char.IsAsciiHexDigit))
            {
                return (null, "\"bgcolor\" must be a hex colour such as ffffff.");
            }

            resize = resize with { BackgroundColor = value };
        }

        return (resize, null);
    }

    /// <summary>The canonical form: the same commands always give the same text (signatures and cache keys).</summary>
    public static string Canonical(MediaResize resize)
    {
        ArgumentNullException.ThrowIfNull(resize);
        if (resize.Profile is { } profile)
        {
            return "profile=" + profile;
        }

        var anchor = resize.Anchor is { } a ? string.Create(CultureInfo.InvariantCulture, $"{a.X:R},{a.Y:R}") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"w={resize.Width};h={resize.Height};m={ModeName(resize.Mode)};f={resize.Format};q={resize.Quality};a={anchor};b={resize.BackgroundColor?.ToLowerInvariant()}");
    }

    /// <summary>The query string of <paramref name="resize"/> (without <c>?</c>), Orchard's names in a fixed order.</summary>
    public static string Query(MediaResize resize)
    {
        ArgumentNullException.ThrowIfNull(resize);
        if (resize.Profile is { } profile)
        {
            return "profile=" + Uri.EscapeDataString(profile);
        }

        var parts = new List<string>();
        Add(parts, "width", resize.Width?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "height", resize.Height?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "rmode", resize.Mode == MediaResizeMode.Max ? null : ModeName(resize.Mode));
        Add(parts, "format", resize.Format);
        Add(parts, "quality", resize.Quality?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "rxy", resize.Anchor is { } a ? string.Create(CultureInfo.InvariantCulture, $"{a.X:R},{a.Y:R}") : null);
        Add(parts, "bgcolor", resize.BackgroundColor);
        return string.Join('&', parts);
    }

    /// <summary>Orchard's name of a mode.</summary>
    public static string ModeName(MediaResizeMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>Parses Orchard's mode names, case-insensitively.</summary>
    public static bool TryMode(string text, out MediaResizeMode mode)
    {
        mode = MediaResizeMode.Max;
        var match = Enum.GetValues<MediaResizeMode>().Where(m => string.Equals(ModeName(m), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1)
        {
            return false;
        }

        mode = match[0];
        return true;
    }

    private static bool TrySide(IQueryCollection query, string name, int maxSide, out int? value, out string? error)
    {
        value = null;
        error = null;
        if (!query.TryGetValue(name, out var text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var side) || side < 1)
        {
            error = $"\"{name}\" must be a whole number of pixels.";
            return false;
        }

        if (side > maxSide)
        {
            error = $"\"{name}\" may be at most {maxSide} pixels.";
            return false;
        }

        value = side;
        return true;
    }

    private static bool TryAnchor(string text, out FocalPoint anchor)
    {
        anchor = default;
        var parts = text.Split(',');
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x)
            || !double.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var y))
        {
            return false;
        }

        anchor = new FocalPoint(x, y);
        return anchor.IsValid;
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
