using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.OpenId.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.OpenId.Keys;

/// <summary>
/// Keeps the tenant's signing and encryption keys: the first of each on the first start, a new one published
/// <see cref="OpenIdOptions.KeyActivationDelay"/> before the current one has served
/// <see cref="OpenIdOptions.KeyRotationInterval"/> (so every node knows it before it is used), the old one kept until
/// the tokens it protected have expired. Then loads the set into <see cref="TenantKeyRing"/>.
/// </summary>
public sealed class KeyRotation(OpenIdDbContext db, ITenantContext tenant, KeyProtector protector, TenantKeyRing ring, TimeProvider clock, IOptions<OpenIdOptions> options)
{
    /// <summary>Rotates what is due, removes what has expired, and loads the tenant's set; returns the keys created.</summary>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = await db.Keys.ToListAsync(cancellationToken);
        var created = 0;
        foreach (var use in new[] { KeyUses.Signing, KeyUses.Encryption })
        {
            var ofUse = keys.Where(k => k.Use == use).OrderByDescending(k => k.ActivatesUtc).ToList();
            var newest = ofUse.FirstOrDefault();
            if (newest is null || newest.ActivatesUtc + options.Value.KeyRotationInterval <= now + options.Value.KeyActivationDelay)
            {
                var activates = newest is null ? now : Max(now + options.Value.KeyActivationDelay, newest.ActivatesUtc + options.Value.KeyRotationInterval);
                var key = NewKey(use, now, activates);
                db.Keys.Add(key);
                keys.Add(key);
                ofUse.Insert(0, key);
                created++;
            }

            // An expired key goes, unless it is still the one in use (a site stopped for longer than a rotation).
            var current = ofUse.FirstOrDefault(k => k.ActivatesUtc <= now);
            foreach (var expired in ofUse.Where(k => k.ExpiresUtc <= now && k != current))
            {
                db.Keys.Remove(expired);
                keys.Remove(expired);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        ring.Set(tenant.Tenant.Name, Load(keys, now));
        return created;
    }

    /// <summary>Loads the tenant's set as stored, creating and removing nothing: what a node that is not rotating does.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        var keys = await db.Keys.AsNoTracking().ToListAsync(cancellationToken);
        ring.Set(tenant.Tenant.Name, Load(keys, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Makes the newest key of each use retire now: a new one is created and used at once (a key thought compromised).</summary>
    public async Task RotateNowAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var use in new[] { KeyUses.Signing, KeyUses.Encryption })
        {
            db.Keys.Add(NewKey(use, now, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await EnsureAsync(cancellationToken);
    }

    private OpenIdKey NewKey(string use, DateTime now, DateTime activates) => new()
    {
        Id = $"{use}-{Guid.NewGuid():N}",
        Use = use,
        ProtectedKey = protector.CreateProtected(tenant.Tenant.Name),
        CreatedUtc = now,
        ActivatesUtc = activates,
        ExpiresUtc = activates + options.Value.KeyRotationInterval + options.Value.KeyRetention,
    };

    private TenantKeySet Load(List<OpenIdKey> keys, DateTime now)
    {
        // Active keys newest first, then the pending ones: OpenIddict signs and encrypts with the first.
        var ordered = keys.OrderBy(k => k.ActivatesUtc > now).ThenByDescending(k => k.ActivatesUtc).ToList();
        var version = string.Join(',', ordered.Select(k => $"{k.Id}:{k.ActivatesUtc <= now}"));
        return new TenantKeySet(
            [.. ordered.Where(k => k.Use == KeyUses.Signing).Select(k => protector.Unprotect(tenant.Tenant.Name, k.Id, k.ProtectedKey))],
            [.. ordered.Where(k => k.Use == KeyUses.Encryption).Select(k => protector.Unprotect(tenant.Tenant.Name, k.Id, k.ProtectedKey))],
            version);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
