using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Uploads;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Media.Services;

/// <summary>
/// The library's rows for pages and editors, cached per tenant in <see cref="ITenantCache"/> and evicted by every
/// <see cref="SiteChanges.Media"/> change (on every node, through the change signal). Unknown paths are not kept.
/// </summary>
internal sealed class MediaAssets(MediaDbContext db, ITenantCache cache, ITenantContext tenant) : IMediaAssets
{
    private const string KeyPrefix = "media-asset:";

    public async Task<MediaAsset?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!MediaNames.IsValidPath(path))
        {
            return null;
        }

        var found = await GetManyAsync([path], cancellationToken);
        return found.GetValueOrDefault(path);
    }

    public async Task<IReadOnlyDictionary<string, MediaAsset>> GetManyAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var keys = paths.Where(MediaNames.IsValidPath).Distinct(StringComparer.Ordinal).Select(p => KeyPrefix + p).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, MediaAsset>();
        }

        var found = await cache.GetOrLoadManyAsync<MediaAsset>(tenant.Tenant.Name, SiteChanges.Media, keys, async (missing, ct) =>
        {
            var wanted = missing.Select(k => k[KeyPrefix.Length..]).ToList();
            var rows = await db.Assets.AsNoTracking().Where(a => wanted.Contains(a.Path)).ToListAsync(ct);
            return rows.Select(MediaRecords.ToAsset).ToDictionary(a => KeyPrefix + a.Path, a => new CacheLoad<MediaAsset>(a, MediaRecords.SizeOf(a)));
        }, cancellationToken);
        return found.ToDictionary(p => p.Key[KeyPrefix.Length..], p => p.Value, StringComparer.Ordinal);
    }
}
