using BananPark.Cms.Core.Data;
using BananPark.Cms.Theming.Endpoints;
using Microsoft.AspNetCore.OutputCaching;

namespace BananPark.Cms.Theming.Services;

/// <summary>Drops a tenant's cached public pages once a change visitors can see commits (not for drafts).</summary>
internal sealed class OutputCacheEvictor(IOutputCacheStore store) : ISiteChangeListener
{
    public async Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
    {
        if (changes.IsPublic())
        {
            await store.EvictByTagAsync(PublicSiteEndpoints.CacheTag(tenantName), cancellationToken);
        }
    }
}
