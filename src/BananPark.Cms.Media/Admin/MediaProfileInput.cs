using System.Globalization;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Profiles;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Media.Admin;

/// <summary>
/// The profile form's inputs as typed (<c>name</c>, <c>hint</c>, <c>width</c>, <c>height</c>, <c>mode</c>, <c>format</c>,
/// <c>quality</c>, <c>bgcolor</c>), kept as text so a refused form shows back what was typed.
/// </summary>
public sealed record MediaProfileInput
{
    /// <summary>Longest hint accepted, in characters.</summary>
    public const int MaxHintLength = 256;

    /// <summary>The resize modes with the words editors read, in Orchard's names.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Modes =
    [
        ("max", "max: fit inside the box, keep the shape"),
        ("crop", "crop: fill the box, cut around the focal point"),
        ("pad", "pad: fit inside the box, fill the rest with the background colour"),
        ("boxpad", "boxpad: like pad, never enlarged"),
        ("min", "min: at least the box, keep the shape"),
        ("stretch", "stretch: exactly the box, shape ignored"),
    ];

    /// <summary>The output formats; empty keeps the original's (WebP when the browser accepts it).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Formats =
        [("", "The original's (WebP when the browser takes it)"), ("jpg", "JPEG"), ("png", "PNG"), ("webp", "WebP"), ("gif", "GIF")];

    /// <summary>The profile's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Where editors see it used.</summary>
    public string Hint { get; init; } = "";

    /// <summary>Width in pixels, empty or 0 for automatic.</summary>
    public string Width { get; init; } = "";

    /// <summary>Height in pixels, empty or 0 for automatic.</summary>
    public string Height { get; init; } = "";

    /// <summary>Orchard's mode name.</summary>
    public string Mode { get; init; } = "max";

    /// <summary>Output format, empty for the original's.</summary>
    public string Format { get; init; } = "";

    /// <summary>Encoder quality, empty for the default.</summary>
    public string Quality { get; init; } = "";

    /// <summary>Padding colour, hex.</summary>
    public string BackgroundColor { get; init; } = "";

    /// <summary>The inputs of a stored profile.</summary>
    public static MediaProfileInput From(MediaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new()
        {
            Name = profile.Name,
            Hint = profile.Hint ?? "",
            Width = profile.Width > 0 ? profile.Width.ToString(CultureInfo.InvariantCulture) : "",
            Height = profile.Height > 0 ? profile.Height.ToString(CultureInfo.InvariantCulture) : "",
            Mode = MediaCommands.ModeName(profile.Mode),
            Format = profile.Format ?? "",
            Quality = profile.Quality?.ToString(CultureInfo.InvariantCulture) ?? "",
            BackgroundColor = profile.BackgroundColor ?? "",
        };
    }

    /// <summary>The posted inputs, trimmed.</summary>
    public static MediaProfileInput From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Text(string name) => form[name].ToString().Trim();
        return new()
        {
            Name = Text("name"),
            Hint = Text("hint"),
            Width = Text("width"),
            Height = Text("height"),
            Mode = Text("mode"),
            Format = Text("format"),
            Quality = Text("quality"),
            BackgroundColor = Text("bgcolor"),
        };
    }

    /// <summary>
    /// The profile these inputs describe, or every problem with them (one message per refused input): the name unique
    /// among <paramref name="otherNames"/> (case-insensitively), sides within <paramref name="maxSide"/>.
    /// </summary>
    public (MediaProfile? Profile, IReadOnlyList<string> Problems) ToProfile(int maxSide, IEnumerable<string> otherNames)
    {
        ArgumentNullException.ThrowIfNull(otherNames);
        var problems = new List<string>();
        if (Name.Length == 0)
        {
            problems.Add("Name the profile.");
        }
        else if (Name.Length > MediaProfiles.MaxNameLength || !Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            problems.Add($"The name has 1 to {MediaProfiles.MaxNameLength} letters (a to z), digits, dashes or underscores, such as card or hero-wide: templates write it in profile: \"…\".");
        }
        else if (otherNames.Contains(Name, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"There is already a profile named {Name}.");
        }

        if (Hint.Length > MaxHintLength || Hint.Any(char.IsControl))
        {
            problems.Add($"The hint is one line of at most {MaxHintLength} characters.");
        }

        var width = Side(Width, "width", maxSide, problems);
        var height = Side(Height, "height", maxSide, problems);
        if (width == 0 && height == 0)
        {
            problems.Add("Give a width, a height or both.");
        }

        if (!MediaCommands.TryMode(Mode, out var mode))
        {
            problems.Add("Choose a resize mode: max, crop, pad, boxpad, min or stretch.");
        }

        var format = Format.ToLowerInvariant() is "jpeg" ? "jpg" : Format.ToLowerInvariant();
        if (format.Length > 0 && !MediaCommands.Formats.Contains(format))
        {
            problems.Add("Choose a format: the original's, JPEG, PNG, WebP or GIF.");
        }

        int? quality = null;
        if (Quality.Length > 0)
        {
            if (int.TryParse(Quality, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 100)
            {
                quality = q < 100 ? q : null;
            }
            else
            {
                problems.Add("The quality is a whole number from 1 to 100 (empty or 100: the encoder's default).");
            }
        }

        var background = BackgroundColor.TrimStart('#').ToLowerInvariant();
        if (background.Length > 0 && (background.Length is not (3 or 4 or 6 or 8) || !background.All(char.IsAsciiHexDigit)))
        {
            problems.Add("The background colour is a hex colour such as ffffff or #0a3d62.");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var profile = new MediaProfile
        {
            Name = Name,
            Hint = Hint.Length > 0 ? Hint : null,
            Width = width ?? 0,
            Height = height ?? 0,
            Mode = mode,
            Format = format.Length > 0 ? format : null,
            Quality = quality,
            BackgroundColor = background.Length > 0 ? background : null,
        };

        // The same rules the recipe step applies, so the screen can never store what an import would refuse.
        return MediaProfileJson.Problem(profile, maxSide) is { } problem ? (null, [problem]) : (profile, []);
    }

    private static int? Side(string text, string label, int maxSide, List<string> problems)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var side) && side <= maxSide)
        {
            return side;
        }

        problems.Add($"The {label} is a whole number of pixels from 0 to {maxSide.ToString("N0", CultureInfo.InvariantCulture)} (empty or 0: worked out from the other side).");
        return null;
    }
}
