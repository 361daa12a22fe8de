using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Processing;

namespace BananPark.Cms.Media.Profiles;

/// <summary>
/// A media profile as Orchard writes it: <c>Mode</c> and <c>Format</c> are Orchard's enum numbers (Mode: 0 undefined,
/// 1 max, 2 crop, 3 pad, 4 boxpad, 5 min, 6 stretch; Format: 0 undefined, 2 gif, 3 jpg, 4 png, 6 webp); names are read too.
/// </summary>
public static class MediaProfileJson
{
    private static readonly string?[] OrchardFormats = [null, "bmp", "gif", "jpg", "png", "tga", "webp"];

    /// <summary>The profiles of a document (or a recipe's <c>MediaProfiles</c> object); entries that do not parse are skipped.</summary>
    public static IReadOnlyDictionary<string, MediaProfile> Read(JsonObject? document)
    {
        var profiles = new Dictionary<string, MediaProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in document ?? [])
        {
            if (value is JsonObject entry && TryRead(name, entry, out var profile, out _))
            {
                profiles[name] = profile;
            }
        }

        return profiles;
    }

    /// <summary>One profile, or why it cannot be one.</summary>
    public static bool TryRead(string name, JsonObject entry, out MediaProfile profile, out string? problem)
    {
        profile = new MediaProfile { Name = name };
        try
        {
            var mode = entry["Mode"] switch
            {
                JsonValue v when v.TryGetValue<int>(out var n) => n is >= 0 and <= 6 ? (MediaResizeMode)Math.Max(0, n - 1) : (MediaResizeMode?)null,
                JsonValue v when v.TryGetValue<string>(out var s) => MediaCommands.TryMode(s, out var m) ? m : null,
                null => MediaResizeMode.Max,
                _ => null,
            };
            var format = entry["Format"] switch
            {
                JsonValue v when v.TryGetValue<int>(out var n) => n is >= 0 and < 7 ? OrchardFormats[n] ?? "" : null,
                JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0 ? "" : s.ToLowerInvariant() is "jpeg" ? "jpg" : s.ToLowerInvariant(),
                null => "",
                _ => null,
            };
            if (mode is null || format is null || (format.Length > 0 && !MediaCommands.Formats.Contains(format)))
            {
                problem = "Mode or Format is not one Orchard knows (or not jpg, png, webp, gif).";
                return false;
            }

            var quality = entry["Quality"]?.GetValue<int>() ?? 0;
            profile = new MediaProfile
            {
                Name = name,
                Hint = entry["Hint"]?.GetValue<string>() is { Length: > 0 } hint ? hint : null,
                Width = entry["Width"]?.GetValue<int>() ?? 0,
                Height = entry["Height"]?.GetValue<int>() ?? 0,
                Mode = mode.Value,
                Format = format.Length == 0 ? null : format,
                Quality = quality is > 0 and < 100 ? quality : null,
                BackgroundColor = entry["BackgroundColor"]?.GetValue<string>() is { Length: > 0 } bg ? bg.TrimStart('#').ToLowerInvariant() : null,
            };
            problem = Problem(profile, int.MaxValue);
            return problem is null;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            problem = "A value has the wrong type.";
            return false;
        }
    }

    /// <summary>What is wrong with a profile, or null.</summary>
    public static string? Problem(MediaProfile profile, int maxSide)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Name.Length is 0 or > MediaProfiles.MaxNameLength || !profile.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                ? $"A profile name has 1 to {MediaProfiles.MaxNameLength} letters, digits, dashes or underscores."
            : profile.Width < 0 || profile.Height < 0 || profile.Width > maxSide || profile.Height > maxSide
                ? $"Width and height are 0 (automatic) to {maxSide} pixels."
            : profile.Width == 0 && profile.Height == 0 ? "A profile needs a width or a height."
            : profile.BackgroundColor is { } bg && (bg.Length is not (3 or 4 or 6 or 8) || !bg.All(char.IsAsciiHexDigit)) ? "The background colour is a hex colour such as ffffff."
            : null;
    }

    /// <summary>A profile in Orchard's shape.</summary>
    public static JsonObject Write(MediaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new JsonObject
        {
            ["Hint"] = profile.Hint ?? "",
            ["Width"] = profile.Width,
            ["Height"] = profile.Height,
            ["Mode"] = (int)profile.Mode + 1,
            ["Format"] = profile.Format is null ? 0 : Array.IndexOf(OrchardFormats, profile.Format),
            ["Quality"] = profile.Quality ?? 100,
            ["BackgroundColor"] = profile.BackgroundColor ?? "",
        };
    }

    /// <summary>The render commands of a profile.</summary>
    public static MediaResize ToResize(MediaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new MediaResize
        {
            Width = profile.Width > 0 ? profile.Width : null,
            Height = profile.Height > 0 ? profile.Height : null,
            Mode = profile.Mode,
            Format = profile.Format,
            Quality = profile.Quality,
            BackgroundColor = profile.BackgroundColor,
        };
    }
}
