using System.Text.Json;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Settings;

/// <summary>
/// Tenant-wide settings as Orchard's <c>Settings</c> step carries them: the site's name, culture,
/// time zone and page size, and the facts every page's footer shows (organisers, copyright,
/// filing numbers). Facts about the park itself (its address, its contact number) are content of
/// the Park item, not settings. Properties this code does not know (Orchard's
/// <c>LayerSettings</c>, …) are kept in <see cref="Extra"/>.
/// </summary>
public sealed class SiteSettings
{
    /// <summary>The site's name, shown in titles.</summary>
    public string? SiteName { get; set; }

    /// <summary>Culture of the site's content, e.g. <c>en</c> or <c>zh-CN</c>.</summary>
    public string? DefaultCulture { get; set; }

    /// <summary>IANA time zone shown to editors and visitors.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Items per page on public lists.</summary>
    public int? PageSize { get; set; }

    /// <summary>The site's host (主办单位), named in the header and footer of every page.</summary>
    public string? FooterHost { get; set; }

    /// <summary>The site's undertaker (承办单位), the organisation that runs it for the host.</summary>
    public string? FooterUndertaker { get; set; }

    /// <summary>The organisers' postal address for the footer (not the park's address, which is park content).</summary>
    public string? FooterAddress { get; set; }

    /// <summary>The organisers' telephone number or numbers for the footer.</summary>
    public string? FooterTelephone { get; set; }

    /// <summary>The copyright line of the footer, as published.</summary>
    public string? Copyright { get; set; }

    /// <summary>The ICP filing number (ICP备案号), e.g. <c>渝ICP备12005872号-5</c>.</summary>
    public string? IcpNumber { get; set; }

    /// <summary>Where the ICP number links to (http or https); empty leaves it to the theme.</summary>
    public string? IcpUrl { get; set; }

    /// <summary>The public security filing number (公安备案号).</summary>
    public string? PublicSecurityFilingNumber { get; set; }

    /// <summary>Where the public security filing number links to (http or https); empty shows it as text.</summary>
    public string? PublicSecurityFilingUrl { get; set; }

    /// <summary>Baidu's site verification code, the <c>content</c> of its <c>baidu-site-verification</c> meta tag.</summary>
    public string? BaiduSiteVerification { get; set; }

    /// <summary>Bing's site verification code, the <c>content</c> of its <c>msvalidate.01</c> meta tag.</summary>
    public string? BingSiteVerification { get; set; }

    /// <summary>The footer's notice against reproducing the site's content, as published.</summary>
    public string? ReproductionNotice { get; set; }

    /// <summary>
    /// The site's <c>/robots.txt</c>, served as written (a <c>Sitemap:</c> line naming the site's sitemap is added
    /// when it names none); empty serves the default, which keeps crawlers out of the admin, sign-in, API and search.
    /// </summary>
    public string? RobotsTxt { get; set; }

    /// <summary>
    /// Months an investor's enquiry is kept after it is closed (stated in the form's privacy notice; default
    /// <see cref="DefaultEnquiryRetentionMonths"/>).
    /// </summary>
    public int? EnquiryRetentionMonths { get; set; }

    /// <summary>The retention of enquiries when <see cref="EnquiryRetentionMonths"/> is unset.</summary>
    public const int DefaultEnquiryRetentionMonths = 24;

    /// <summary>Any other setting, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
