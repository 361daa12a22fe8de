using BananPark.Cms.Core.Settings;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// Where the footer's filing numbers link, as the registries ask: the ICP number to the MIIT registry, the public
/// security number to its record on the MPS service (found by the number's digits). A site's own link wins; it is
/// checked again by the layout (<c>safe_url</c>). No number, no link.
/// </summary>
public static class FilingLinks
{
    /// <summary>The national ICP filing registry, where every ICP number must point.</summary>
    public const string IcpRegistry = "https://beian.miit.gov.cn/";

    /// <summary>The public security filing service's record search, by the number's digits.</summary>
    public const string PublicSecurityRecord = "https://beian.mps.gov.cn/#/query/webSearch?code=";

    /// <summary>The ICP number's link, or null when there is no number.</summary>
    public static string? Icp(SiteSettings site)
        => string.IsNullOrWhiteSpace(site.IcpNumber) ? null : Own(site.IcpUrl) ?? IcpRegistry;

    /// <summary>The public security number's link, or null when there is no number or it holds no digits.</summary>
    public static string? PublicSecurity(SiteSettings site)
    {
        if (string.IsNullOrWhiteSpace(site.PublicSecurityFilingNumber))
        {
            return null;
        }

        var digits = new string(site.PublicSecurityFilingNumber.Where(char.IsAsciiDigit).ToArray());
        return Own(site.PublicSecurityFilingUrl) ?? (digits.Length == 0 ? null : PublicSecurityRecord + digits);
    }

    private static string? Own(string? url) => string.IsNullOrWhiteSpace(url) ? null : url.Trim();
}
