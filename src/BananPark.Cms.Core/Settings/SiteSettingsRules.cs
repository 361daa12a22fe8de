using System.Globalization;

namespace BananPark.Cms.Core.Settings;

/// <summary>
/// The rules every stored <see cref="SiteSettings"/> obeys, whoever writes them: the settings screen and the
/// <c>Settings</c> recipe step both check them, so a recipe cannot store what the screen refuses (a
/// <c>javascript:</c> link, an unknown time zone). Empty values are allowed here; the screen alone requires
/// some of them.
/// </summary>
public static class SiteSettingsRules
{
    /// <summary>Longest site name.</summary>
    public const int MaxSiteNameLength = 128;

    /// <summary>Longest footer host, undertaker.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Longest footer address, copyright line and reproduction notice.</summary>
    public const int MaxTextLength = 512;

    /// <summary>Longest footer telephone.</summary>
    public const int MaxTelephoneLength = 128;

    /// <summary>Longest filing number.</summary>
    public const int MaxFilingNumberLength = 64;

    /// <summary>Longest search engine verification code.</summary>
    public const int MaxVerificationLength = 128;

    /// <summary>Longest link.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Longest robots.txt (Google reads the first 500 KiB; a site's rules fit in far less).</summary>
    public const int MaxRobotsTxtLength = 16 * 1024;

    /// <summary>Fewest items a list page shows.</summary>
    public const int MinPageSize = 1;

    /// <summary>Most items a list page shows.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Longest retention of enquiries, in months (ten years).</summary>
    public const int MaxEnquiryRetentionMonths = 120;

    /// <summary>What is wrong with <paramref name="settings"/>, each named by its setting; empty when nothing is.</summary>
    public static IReadOnlyList<SiteSettingsProblem> Check(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<SiteSettingsProblem>();
        void Length(string key, string? value, int max)
        {
            if (value is not null && value.Length > max)
            {
                problems.Add(new(key, $"use at most {max} characters."));
            }
        }

        void Url(string key, string? value)
        {
            Length(key, value, MaxUrlLength);
            if (!IsHttpUrl(value))
            {
                problems.Add(new(key, "use a full address starting with https:// or http://."));
            }
        }

        void Verification(string key, string? value)
        {
            Length(key, value, MaxVerificationLength);
            if (!IsVerificationCode(value))
            {
                problems.Add(new(key, "paste only the code from the tag's content=\"…\" (letters, digits, '-' and '_')."));
            }
        }

        Length(nameof(SiteSettings.SiteName), settings.SiteName, MaxSiteNameLength);
        if (!string.IsNullOrWhiteSpace(settings.DefaultCulture) && CanonicalCulture(settings.DefaultCulture.Trim()) is null)
        {
            problems.Add(new(nameof(SiteSettings.DefaultCulture), "not a culture name; use one such as en or zh-CN."));
        }

        if (!IsKnownTimeZone(settings.TimeZoneId))
        {
            problems.Add(new(nameof(SiteSettings.TimeZoneId), "this server knows no time zone by that name; use one such as Asia/Shanghai."));
        }

        if (settings.PageSize is < MinPageSize or > MaxPageSize)
        {
            problems.Add(new(nameof(SiteSettings.PageSize), $"use a number from {MinPageSize} to {MaxPageSize}."));
        }

        if (settings.EnquiryRetentionMonths is < 1 or > MaxEnquiryRetentionMonths)
        {
            problems.Add(new(nameof(SiteSettings.EnquiryRetentionMonths), $"use a number of months from 1 to {MaxEnquiryRetentionMonths}."));
        }

        Length(nameof(SiteSettings.FooterHost), settings.FooterHost, MaxNameLength);
        Length(nameof(SiteSettings.FooterUndertaker), settings.FooterUndertaker, MaxNameLength);
        Length(nameof(SiteSettings.FooterAddress), settings.FooterAddress, MaxTextLength);
        Length(nameof(SiteSettings.FooterTelephone), settings.FooterTelephone, MaxTelephoneLength);
        Length(nameof(SiteSettings.Copyright), settings.Copyright, MaxTextLength);
        Length(nameof(SiteSettings.ReproductionNotice), settings.ReproductionNotice, MaxTextLength);
        Length(nameof(SiteSettings.IcpNumber), settings.IcpNumber, MaxFilingNumberLength);
        Url(nameof(SiteSettings.IcpUrl), settings.IcpUrl);
        Length(nameof(SiteSettings.PublicSecurityFilingNumber), settings.PublicSecurityFilingNumber, MaxFilingNumberLength);
        Url(nameof(SiteSettings.PublicSecurityFilingUrl), settings.PublicSecurityFilingUrl);
        Length(nameof(SiteSettings.RobotsTxt), settings.RobotsTxt, MaxRobotsTxtLength);
        if (settings.RobotsTxt?.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) == true)
        {
            problems.Add(new(nameof(SiteSettings.RobotsTxt), "use only text, line breaks and tabs."));
        }

        Verification(nameof(SiteSettings.BaiduSiteVerification), settings.BaiduSiteVerification);
        Verification(nameof(SiteSettings.BingSiteVerification), settings.BingSiteVerification);
        return problems;
    }

    /// <summary>An absolute http or https address with a host, or nothing.</summary>
    public static bool IsHttpUrl(string? url)
        => string.IsNullOrWhiteSpace(url)
            || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0);

    /// <summary>A verification code as Baidu and Bing issue them (letters, digits, <c>-</c>, <c>_</c>), or nothing.</summary>
    public static bool IsVerificationCode(string? code)
        => string.IsNullOrWhiteSpace(code) || code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>A time zone this server knows (an IANA id such as <c>Asia/Shanghai</c>), or nothing.</summary>
    public static bool IsKnownTimeZone(string? id) => string.IsNullOrWhiteSpace(id) || TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _);

    /// <summary>
    /// The culture's canonical name (<c>ZH-cn</c> gives <c>zh-CN</c>), or null when .NET has no predefined
    /// culture of that name (the invariant culture does not count).
    /// </summary>
    public static string? CanonicalCulture(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Name.Length == 0 ? null : culture.Name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>A setting that breaks a rule: its name (e.g. <c>IcpUrl</c>) and what is wrong.</summary>
public sealed record SiteSettingsProblem(string Key, string Message);
