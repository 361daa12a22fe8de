using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>Two sites starting on one fresh store (two nodes, an overlapping restart) migrate and set it up once.</summary>
public abstract partial class StoreFacts
{
    [Fact]
    public async Task EnsureSetUpAsync_WhenTwoSitesSetUpOneFreshStoreAtOnce_SetsItUpOnce()
    {
        var tenant = new TenantSettings { Name = TenantSettings.DefaultName };
        await using var first = await TestTenant.CreateAsync(_ => { }, new Dictionary<string, string?>(), Store);
        await using var second = await TestTenant.CreateAsync(_ => { }, first.StoreSettings, Store);

        await Task.WhenAll(
            first.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(tenant, CancellationToken.None)),
            second.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(tenant, CancellationToken.None)));

        Assert.Equal(1, await second.RunAsync<UserManager<CmsUser>, int>(users => users.Users.CountAsync()));
        Assert.Equal(1, await first.RunAsync<CmsDbContext, int>(db => db.AuditEvents.CountAsync(e => e.Event == AuditTrail.RecipeImportedEvent)));
        Assert.True(await second.RunAsync<ReadyTenants, bool>(ready => Task.FromResult(ready.IsReady(tenant.Name))));
    }
}
