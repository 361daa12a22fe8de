using System.ComponentModel.DataAnnotations;
using BananPark.Cms.Core.Settings;

namespace BananPark.Cms.Admin.Services;

/// <summary>
/// The site settings an administrator edits on the settings screen, with their rules. Empty boxes
/// are stored as no value; settings not on the screen (<see cref="SiteSettings.Extra"/>) are kept.
/// </summary>
public sealed class SiteSettingsInput
{
    [Required(ErrorMessage = "Enter the site's name.")]
    [StringLength(SiteSettingsRules.MaxSiteNameLength, ErrorMessage = "Use at most {1} characters.")]
    public string? SiteName { get; set; }

    [Required(ErrorMessage = "Choose the default culture.")]
    [CultureName]
    public string? DefaultCulture { get; set; }

    [Required(ErrorMessage = "Choose the time zone.")]
    [TimeZoneId]
    public string? TimeZoneId { get; set; }

    [Required(ErrorMessage = "Enter how many items a list page shows.")]
    [Range(SiteSettingsRules.MinPageSize, SiteSettingsRules.MaxPageSize, ErrorMessage = "Enter a number from {1} to {2}.")]
    public int? PageSize { get; set; }

    [StringLength(SiteSettingsRules.MaxNameLength, ErrorMessage = "Use at most {1} characters.")]
    public string? FooterHost { get; set; }

    [StringLength(SiteSettingsRules.MaxNameLength, ErrorMessage = "Use at most {1} characters.")]
    public string? FooterUndertaker { get; set; }

    [StringLength(SiteSettingsRules.MaxTextLength, ErrorMessage = "Use at most {1} characters.")]
    public string? FooterAddress { get; set; }

    [StringLength(SiteSettingsRules.MaxTelephoneLength, ErrorMessage = "Use at most {1} characters.")]
    public string? FooterTelephone { get; set; }

    [StringLength(SiteSettingsRules.MaxTextLength, ErrorMessage = "Use at most {1} characters.")]
    public string? Copyright { get; set; }

    [StringLength(SiteSettingsRules.MaxTextLength, ErrorMessage = "Use at most {1} characters.")]
    public string? ReproductionNotice { get; set; }

    [StringLength(SiteSettingsRules.MaxFilingNumberLength, ErrorMessage = "Use at most {1} characters.")]
    public string? IcpNumber { get; set; }

    [HttpUrl]
    [StringLength(SiteSettingsRules.MaxUrlLength, ErrorMessage = "Use at most {1} characters.")]
    public string? IcpUrl { get; set; }

    [StringLength(SiteSettingsRules.MaxFilingNumberLength, ErrorMessage = "Use at most {1} characters.")]
    public string? PublicSecurityFilingNumber { get; set; }

    [HttpUrl]
    [StringLength(SiteSettingsRules.MaxUrlLength, ErrorMessage = "Use at most {1} characters.")]
    public string? PublicSecurityFilingUrl { get; set; }

    [StringLength(SiteSettingsRules.MaxRobotsTxtLength, ErrorMessage = "Use at most {1} characters.")]
    public string? RobotsTxt { get; set; }
    [VerificationCode]
    [StringLength(SiteSettingsRules.MaxVerificationLength, ErrorMessage = "Use at most {1} characters.")]
    public string? BaiduSiteVerification { get; set; }

    [VerificationCode]
    [StringLength(SiteSettingsRules.MaxVerificationLength, ErrorMessage = "Use at most {1} characters.")]
    public string? BingSiteVerification { get; set; }

    /// <summary>The screen's values of <paramref name="settings"/>.</summary>
    public static SiteSettingsInput From(SiteSettings settings) => new()
    {
        SiteName = settings.SiteName,
        DefaultCulture = settings.DefaultCulture,
        TimeZoneId = settings.TimeZoneId,
        PageSize = settings.PageSize,
        FooterHost = settings.FooterHost,
        FooterUndertaker = settings.FooterUndertaker,
        FooterAddress = settings.FooterAddress,
        FooterTelephone = settings.FooterTelephone,
        Copyright = settings.Copyright,
        ReproductionNotice = settings.ReproductionNotice,
        IcpNumber = settings.IcpNumber,
        IcpUrl = settings.IcpUrl,
        PublicSecurityFilingNumber = settings.PublicSecurityFilingNumber,
        PublicSecurityFilingUrl = settings.PublicSecurityFilingUrl,
        RobotsTxt = settings.RobotsTxt,
        BaiduSiteVerification = settings.BaiduSiteVerification,
        BingSiteVerification = settings.BingSiteVerification,
    };

    /// <summary>Writes the screen's values into <paramref name="settings"/>: trimmed, empty as no value, the culture by its canonical name.</summary>
    public void ApplyTo(SiteSettings settings)
    {
        settings.SiteName = Clean(SiteName);
        settings.DefaultCulture = SiteChoices.CanonicalCulture(Clean(DefaultCulture));
        settings.TimeZoneId = Clean(TimeZoneId);
        settings.PageSize = PageSize;
        settings.FooterHost = Clean(FooterHost);
        settings.FooterUndertaker = Clean(FooterUndertaker);
        settings.FooterAddress = Clean(FooterAddress);
        settings.FooterTelephone = Clean(FooterTelephone);
        settings.Copyright = Clean(Copyright);
        settings.ReproductionNotice = Clean(ReproductionNotice);
        settings.IcpNumber = Clean(IcpNumber);
        settings.IcpUrl = Clean(IcpUrl);
        settings.PublicSecurityFilingNumber = Clean(PublicSecurityFilingNumber);
        settings.PublicSecurityFilingUrl = Clean(PublicSecurityFilingUrl);
        settings.RobotsTxt = Clean(RobotsTxt);
        settings.BaiduSiteVerification = Clean(BaiduSiteVerification);
        settings.BingSiteVerification = Clean(BingSiteVerification);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
