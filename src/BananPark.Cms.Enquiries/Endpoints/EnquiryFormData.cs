using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Enquiries.Services;

namespace BananPark.Cms.Enquiries.Endpoints;

/// <summary>What every form needs besides its item, read once per request: the site's settings, culture, notice and clusters.</summary>
public sealed class EnquiryFormData(IPublishedContent published, ISiteSettingsStore settingsStore)
{
    /// <summary>The content type whose items are the industries of interest.</summary>
    public const string ClusterType = "Cluster";

    private SiteSettings? _settings;
    private IReadOnlyList<ContentItemSnapshot>? _clusters;

    public async Task<SiteSettings> SettingsAsync(CancellationToken cancellationToken)
        => _settings ??= await settingsStore.GetAsync(cancellationToken);

    /// <summary>The culture the page is shown in (the site's; per-item cultures come with localization).</summary>
    public async Task<string> CultureAsync(CancellationToken cancellationToken)
        => (await SettingsAsync(cancellationToken)).DefaultCulture is { Length: > 0 } culture ? culture : "en";

    public async Task<PrivacyNotice> NoticeAsync(CancellationToken cancellationToken)
        => PrivacyNotice.For(await SettingsAsync(cancellationToken));

    /// <summary>The published clusters by name (one cached query).</summary>
    public async Task<IReadOnlyList<ContentItemSnapshot>> ClustersAsync(CancellationToken cancellationToken)
        => _clusters ??= (await published.QueryAsync(new ContentQuery { ContentType = ClusterType, Take = 100 }, cancellationToken)).Items;

    public async Task<EnquiryFormState> StateAsync(ContentItemSnapshot source, CancellationToken cancellationToken)
        => new(source, await CultureAsync(cancellationToken), await ClustersAsync(cancellationToken), await NoticeAsync(cancellationToken));
}
