using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Api.Tests;

/// <summary>The assembled site (the Banan recipe) with a known Administrator password, shared by a test class.</summary>
public class ApiSite : AdminSite
{
    public ApiSite()
    {
    }

    protected ApiSite(Action<IServiceCollection> configure)
        : base(configure)
    {
    }

    /// <summary>The item as stored, read past the API.</summary>
    public async Task<ContentItem?> StoredAsync(string id, VersionOptions version = VersionOptions.Latest)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, version);
    }

    /// <summary>Every stored version of the item, to show that nothing changed.</summary>
    public async Task<IReadOnlyList<string>> VersionsAsync(string id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetVersionsAsync(id);
        return [.. versions.Select(v => $"{v.ContentItemVersionId} {v.Latest} {v.Published} {v.ConcurrencyStamp} {v.Content.ToJsonString()}")];
    }

    /// <summary>How many items of the type exist in any state (to show nothing was written).</summary>
    public async Task<int> CountAsync(string type)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().CountAsync(new ContentQuery { ContentType = type, Version = VersionOptions.Latest });
    }

    /// <summary>The audit events of one item, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AuditTrail>().SearchAsync(new AuditFilter { ContentItemId = id })).Entries;
    }
}
