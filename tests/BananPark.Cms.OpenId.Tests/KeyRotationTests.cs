using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Data;
using BananPark.Cms.OpenId.Keys;
using BananPark.Cms.OpenId.Maintenance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>Keys rotate on a long-running site: the maintenance pass publishes the next key, then signs with it, on every node.</summary>
public sealed class KeyRotationTests(MaintenanceSite site) : IClassFixture<MaintenanceSite>
{
    private TenantKeyRing Ring => site.Services.GetRequiredService<TenantKeyRing>();

    private OpenIdOptions Options => site.Services.GetRequiredService<IOptions<OpenIdOptions>>().Value;

    private TenantKeySet Keys => Ring.Get(TenantSettings.DefaultName)!;

    [Fact]
    public async Task Maintenance_WhenRotationComesDue_PublishesTheNextKeyFirst_ThenSignsWithIt()
    {
        var first = Keys.Signing[0].KeyId;
        var firstEncryption = Keys.Encryption[0].KeyId;

        site.Clock.Advance(Options.KeyRotationInterval - Options.KeyActivationDelay + TimeSpan.FromHours(1));
        await PassUntilAsync(k => k.Signing.Count > 1);

        Assert.Equal(first, Keys.Signing[0].KeyId);
        var next = Keys.Signing[1].KeyId;
        Assert.NotEqual(first, next);
        Assert.Equal(firstEncryption, Keys.Encryption[0].KeyId);

        site.Clock.Advance(Options.KeyActivationDelay);
        await PassUntilAsync(k => k.Signing[0].KeyId != first);

        Assert.Equal(next, Keys.Signing[0].KeyId);
        Assert.Contains(Keys.Signing, k => k.KeyId == first);
        Assert.NotEqual(firstEncryption, Keys.Encryption[0].KeyId);

        // The server's options were built again with the new keys: a token issued now is accepted.
        var secret = await site.RegisterAsync(new ApplicationInput { ClientId = "rotation-machine", DisplayName = "Rotation", AllowClientCredentialsFlow = true, Scopes = ["api"] });
        using var http = site.NewClient();
        var answer = await OAuthClient.ClientCredentialsAsync(http, "rotation-machine", secret!);
        Assert.NotNull((await site.AuthenticateBearerAsync(answer.AccessToken!)).Principal);

        site.Clock.Advance(Options.KeyRotationInterval + Options.KeyRetention);
        await PassUntilAsync(k => k.Signing.All(s => s.KeyId != first));
        Assert.DoesNotContain(Keys.Signing, k => k.KeyId == first);
    }

    [Fact]
    public async Task Maintenance_WhenAnotherNodeRotated_ThisNodeLoadsItsKey_AndRebuildsTheServersOptions()
    {
        var changed = new List<string>();
        Ring.Changed += changed.Add;
        var locks = site.Services.GetRequiredService<IDistributedLock>();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var id = "sig-other-node-" + Guid.NewGuid().ToString("N");

        // The other node holds the tenant's lock and has written its new key.
        await using (var held = await locks.TryAcquireAsync(OpenIdMaintenance.LockName(TenantSettings.DefaultName), TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken))
        {
            Assert.NotNull(held);
            await using (var scope = site.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<OpenIdDbContext>();
                db.Keys.Add(new OpenIdKey
                {
                    Id = id,
                    Use = KeyUses.Signing,
                    ProtectedKey = scope.ServiceProvider.GetRequiredService<KeyProtector>().CreateProtected(TenantSettings.DefaultName),
                    CreatedUtc = now,
                    ActivatesUtc = now + Options.KeyActivationDelay,
                    ExpiresUtc = now + Options.KeyActivationDelay + Options.KeyRotationInterval + Options.KeyRetention,
                });
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }

            Assert.DoesNotContain(Keys.Signing, k => k.KeyId == id);
            await site.Maintenance.RunOnceAsync(TestContext.Current.CancellationToken);
        }

        Ring.Changed -= changed.Add;
        var loaded = Keys;
        await RemoveKeyAsync(id);

        Assert.Contains(loaded.Signing, k => k.KeyId == id);
        Assert.NotEqual(id, loaded.Signing[0].KeyId);
        Assert.Contains(TenantSettings.DefaultName, changed);
    }

    /// <summary>Takes the planted key away again, so the other fact sees only the keys the site made.</summary>
    private async Task RemoveKeyAsync(string id)
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenIdDbContext>();
            db.Keys.Remove(await db.Keys.FindAsync([id], TestContext.Current.CancellationToken) ?? throw new InvalidOperationException("The planted key is gone."));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await site.Maintenance.RunOnceAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs passes (the timer may run one too) until the tenant's set satisfies <paramref name="done"/>.</summary>
    private async Task PassUntilAsync(Func<TenantKeySet, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done(Keys) && DateTime.UtcNow < deadline)
        {
            await site.Maintenance.RunOnceAsync(TestContext.Current.CancellationToken);
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.True(done(Keys), "The key set did not change: " + string.Join(", ", Keys.Signing.Select(k => k.KeyId)));
    }
}
