using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Theming.Endpoints;
using Microsoft.AspNetCore.OutputCaching;

namespace BananPark.Cms.Theming.Services;

/// <summary>Drops cached public pages once a content or definition change commits, so a publish shows at once.</summary>
internal sealed class OutputCacheEvictor(IOutputCacheStore store) : IContentChangeListener
{
    public async Task ContentChangedAsync(string tenantName, CancellationToken cancellationToken)
        => await store.EvictByTagAsync(PublicSiteEndpoints.CacheTag, cancellationToken);
}
