using System.Globalization;
using BananPark.Cms.Core.Settings;

namespace BananPark.Cms.Admin.Services;

/// <summary>The cultures and time zones the settings screen offers.</summary>
public static class SiteChoices
{
    /// <summary>The content cultures offered first: the site's English and Chinese variants, then a few of its investors' languages.</summary>
    public static IReadOnlyList<string> Cultures { get; } =
        ["en", "en-GB", "en-US", "zh-CN", "zh-Hans", "zh-Hant", "zh-HK", "zh-TW", "de-DE", "fr-FR", "ja-JP", "ko-KR", "ru-RU"];

    /// <summary>The culture's canonical name, or null when .NET has no predefined culture of that name (<see cref="SiteSettingsRules.CanonicalCulture"/>).</summary>
    public static string? CanonicalCulture(string? name) => SiteSettingsRules.CanonicalCulture(name);

    /// <summary>A culture's label, e.g. <c>zh-CN · Chinese (China)</c>; the name alone when .NET does not know it.</summary>
    public static string CultureLabel(string name)
        => CanonicalCulture(name) is { } known ? $"{known} · {CultureInfo.GetCultureInfo(known).EnglishName}" : name;

    /// <summary>Every time zone id this server knows, in order.</summary>
    public static IReadOnlyList<string> TimeZones { get; } =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// <paramref name="choices"/>, plus <paramref name="current"/> when it is not among them, so a
    /// stored value the list lacks is shown as it is rather than silently replaced.
    /// </summary>
    public static IReadOnlyList<string> With(IReadOnlyList<string> choices, string? current)
        => string.IsNullOrEmpty(current) || choices.Contains(current, StringComparer.Ordinal) ? choices : [current, .. choices];
}
