using System.Globalization;
using BananPark.Cms.Core.Media;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Media;

/// <summary>
/// The resize commands of a <c>resize_url</c> or <c>img_tag</c> call, with Orchard's argument names: <c>width</c>,
/// <c>height</c>, <c>mode</c> (max, crop, pad, boxpad, min, stretch), <c>format</c>, <c>quality</c>, <c>anchor</c>
/// (<c>"x,y"</c> or an object with <c>X</c> and <c>Y</c>), <c>bgcolor</c>, <c>profile</c>. A value that can't be read is
/// a <see cref="Services.TemplateException"/> naming it, so a theme's mistake shows when it is written.
/// </summary>
public static class MediaCommands
{
    /// <summary>Formats a template may ask for.</summary>
    public static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "jpg", "jpeg", "png", "webp", "gif" };

    /// <summary>The commands named in <paramref name="arguments"/>; null when none is given (the original file).</summary>
    public static async ValueTask<MediaResize?> ReadAsync(FilterArguments arguments, TemplateContext context)
    {
        var names = new[] { "width", "height", "mode", "format", "quality", "anchor", "bgcolor", "profile" };
        if (!names.Any(arguments.HasNamed))
        {
            return null;
        }

        return new MediaResize
        {
            Width = Size(arguments, "width"),
            Height = Size(arguments, "height"),
            Mode = Mode(arguments),
            Format = Format(arguments),
            Quality = Quality(arguments),
            Anchor = await AnchorAsync(arguments["anchor"], context),
            BackgroundColor = Text(arguments["bgcolor"]) is { } color ? CheckColor(color) : null,
            Profile = Text(arguments["profile"]),
        };
    }

    /// <summary>A profile's commands as a resize (what its renders are), for sizes and <c>srcset</c>.</summary>
    public static MediaResize Of(MediaProfile profile) => new()
    {
        Width = profile.Width > 0 ? profile.Width : null,
        Height = profile.Height > 0 ? profile.Height : null,
        Mode = profile.Mode,
        Format = profile.Format,
        Quality = profile.Quality,
        BackgroundColor = profile.BackgroundColor,
    };

    private static int? Size(FilterArguments arguments, string name)
    {
        var value = arguments[name];
        if (value.IsNil())
        {
            return null;
        }

        var number = value.ToNumberValue();
        return number is >= 1 and <= 10_000 && number == decimal.Truncate(number)
            ? (int)number
            : throw new Services.TemplateException($"resize: {name} must be a whole number of pixels from 1 to 10000, not '{value.ToStringValue()}'.");
    }

    private static MediaResizeMode Mode(FilterArguments arguments)
        => Text(arguments["mode"]) is not { } mode ? MediaResizeMode.Max
            : Enum.TryParse<MediaResizeMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(mode, out _) ? parsed
            : throw new Services.TemplateException($"resize: mode must be max, crop, pad, boxpad, min or stretch, not '{mode}'.");

    private static string? Format(FilterArguments arguments)
        => Text(arguments["format"]) is not { } format ? null
            : Formats.Contains(format) ? format.ToLowerInvariant()
            : throw new Services.TemplateException($"resize: format must be jpg, png, webp or gif, not '{format}'.");

    private static int? Quality(FilterArguments arguments)
    {
        var value = arguments["quality"];
        return value.IsNil() ? null
            : value.ToNumberValue() is var q && q is >= 1 and <= 100 ? (int)q
            : throw new Services.TemplateException($"resize: quality must be from 1 to 100, not '{value.ToStringValue()}'.");
    }

    private static async ValueTask<FocalPoint?> AnchorAsync(FluidValue value, TemplateContext context)
    {
        if (value.IsNil())
        {
            return null;
        }

        FocalPoint point;
        if (value is DictionaryValue)
        {
            point = new FocalPoint((double)(await value.GetValueAsync("X", context)).ToNumberValue(), (double)(await value.GetValueAsync("Y", context)).ToNumberValue());
        }
        else
        {
            var parts = value.ToStringValue().Split(',');
            point = parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                ? new FocalPoint(x, y) : new FocalPoint(-1, -1);
        }

        return point.IsValid ? point : throw new Services.TemplateException($"resize: anchor must be two numbers from 0 to 1 (\"0.5,0.5\"), not '{value.ToStringValue()}'.");
    }

    private static string CheckColor(string color)
        => color.Length is 3 or 6 or 8 && color.All(char.IsAsciiHexDigit) ? color
            : throw new Services.TemplateException($"resize: bgcolor must be a hex colour without #, not '{color}'.");

    private static string? Text(FluidValue value) => value.IsNil() ? null : value.ToStringValue().Trim() is { Length: > 0 } text ? text : null;
}
