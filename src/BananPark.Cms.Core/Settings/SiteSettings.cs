using System.Text.Json;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.Settings;

/// <summary>
/// Tenant-wide settings as Orchard's <c>Settings</c> step carries them. Properties this code
/// does not know (Orchard's <c>LayerSettings</c>, …) are kept in <see cref="Extra"/>.
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

    /// <summary>Any other setting, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
