using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>Tags a cached page with its tenant, so one tenant's change evicts only that tenant's pages.</summary>
internal sealed class TenantPageTag : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.Tags.Add(PublicSiteEndpoints.CacheTag(context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Tenant.Name));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
