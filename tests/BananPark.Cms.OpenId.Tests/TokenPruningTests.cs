using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.OpenId.Maintenance;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>The pruning pass: what can no longer be used goes, in batches, on the timer, once per tenant across nodes.</summary>
public sealed class TokenPruningTests(MaintenanceSite site) : IClassFixture<MaintenanceSite>
{
    private static readonly TimeSpan Old = TimeSpan.FromDays(2);
    private static readonly TimeSpan Young = TimeSpan.FromHours(1);

    [Fact]
    public async Task Prune_RemovesExpiredRevokedAndOrphaned_KeepsYoungValidAndPermanent()
    {
        var subject = "prune-" + Guid.NewGuid().ToString("N");
        var oldExpired = await site.AddTokenAsync(subject, Old, TimeSpan.FromHours(1));
        var oldRevoked = await site.AddTokenAsync(subject, Old, TimeSpan.FromDays(10), Statuses.Revoked);
        var youngExpired = await site.AddTokenAsync(subject, Young, TimeSpan.FromMinutes(10));
        var revokedAuthorization = await site.AddAuthorizationAsync(subject, Old, Statuses.Revoked, AuthorizationTypes.AdHoc);
        var ofRevokedAuthorization = await site.AddTokenAsync(subject, Old, TimeSpan.FromDays(10), authorizationId: revokedAuthorization);
        var inUseAuthorization = await site.AddAuthorizationAsync(subject, Old, Statuses.Valid, AuthorizationTypes.AdHoc);
        var oldValid = await site.AddTokenAsync(subject, Old, TimeSpan.FromDays(10), authorizationId: inUseAuthorization);
        var permanent = await site.AddAuthorizationAsync(subject, Old, Statuses.Valid, AuthorizationTypes.Permanent);
        var orphanedAdHoc = await site.AddAuthorizationAsync(subject, Old, Statuses.Valid, AuthorizationTypes.AdHoc);
        var moreExpired = new List<string>();
        for (var i = 0; i < MaintenanceSite.BatchSize * 2; i++)
        {
            moreExpired.Add(await site.AddTokenAsync(subject, Old, TimeSpan.FromMinutes(5)));
        }

        var result = await PruneAsync();

        Assert.True(result.Tokens >= 3 + moreExpired.Count, $"{result.Tokens} tokens pruned");
        foreach (var gone in moreExpired.Concat([oldExpired, oldRevoked, ofRevokedAuthorization]))
        {
            Assert.False(await site.TokenExistsAsync(gone));
        }

        Assert.True(await site.TokenExistsAsync(youngExpired));
        Assert.True(await site.TokenExistsAsync(oldValid));
        Assert.False(await site.AuthorizationExistsAsync(revokedAuthorization));
        Assert.False(await site.AuthorizationExistsAsync(orphanedAdHoc));
        Assert.True(await site.AuthorizationExistsAsync(inUseAuthorization));
        Assert.True(await site.AuthorizationExistsAsync(permanent));
    }

    [Fact]
    public async Task Maintenance_WhenTheIntervalPasses_PrunesOnItsOwn()
    {
        var expired = await site.AddTokenAsync("timer-" + Guid.NewGuid().ToString("N"), Old, TimeSpan.FromHours(1));
        Assert.True(await site.TokenExistsAsync(expired));

        site.Clock.Advance(TimeSpan.FromHours(1));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await site.TokenExistsAsync(expired) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.False(await site.TokenExistsAsync(expired));
    }

    [Fact]
    public async Task Maintenance_WhenAnotherNodeHoldsTheTenantsLock_DoesNotPrune()
    {
        var expired = await site.AddTokenAsync("locked-" + Guid.NewGuid().ToString("N"), Old, TimeSpan.FromHours(1));
        var locks = site.Services.GetRequiredService<IDistributedLock>();

        await using (var held = await locks.TryAcquireAsync(OpenIdMaintenance.LockName(TenantSettings.DefaultName), TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken))
        {
            Assert.NotNull(held);
            await site.Maintenance.RunOnceAsync(TestContext.Current.CancellationToken);
            Assert.True(await site.TokenExistsAsync(expired));
        }

        await site.Maintenance.RunOnceAsync(TestContext.Current.CancellationToken);
        Assert.False(await site.TokenExistsAsync(expired));
    }

    private async Task<PruneResult> PruneAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TokenPruning>().PruneAsync(TestContext.Current.CancellationToken);
    }
}
