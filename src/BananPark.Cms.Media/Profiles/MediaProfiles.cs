using System.Text.Json.Nodes;
using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Media.Profiles;

/// <summary>
/// The site's media profiles: one tenant document (<c>MediaProfiles</c>) in Orchard's shape, <c>{"name": {"Hint", "Width",
/// "Height", "Mode", "Format", "Quality", "BackgroundColor"}}</c>, cached and evicted by <see cref="SiteChanges.Media"/>.
/// </summary>
public sealed class MediaProfiles(IDocumentStore documents, ITenantCache cache, ITenantContext tenant, IChangeSignal signal)
{
    /// <summary>The tenant document.</summary>
    public const string DocumentName = "MediaProfiles";

    /// <summary>Longest profile name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Every profile by name (case-insensitive).</summary>
    public Task<IReadOnlyDictionary<string, MediaProfile>> AllAsync(CancellationToken cancellationToken = default)
        => cache.GetOrLoadAsync<IReadOnlyDictionary<string, MediaProfile>>(tenant.Tenant.Name, SiteChanges.Media, "media-profiles", async ct =>
        {
            var document = await documents.GetAsync(DocumentName, ct);
            var profiles = MediaProfileJson.Read(document);
            return new CacheLoad<IReadOnlyDictionary<string, MediaProfile>>(profiles, 200 + (profiles.Count * 200));
        }, cancellationToken);

    /// <summary>Replaces every profile (after <see cref="MediaProfileJson.Problem"/> found none).</summary>
    public async Task SaveAllAsync(IEnumerable<MediaProfile> profiles, CancellationToken cancellationToken = default)
    {
        var document = new JsonObject();
        foreach (var profile in profiles.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            document[profile.Name] = MediaProfileJson.Write(profile);
        }

        await documents.SaveAsync(DocumentName, document, cancellationToken);
        await signal.SignalAsync(SiteChanges.Media, cancellationToken);
    }

    /// <summary>Adds or replaces one profile.</summary>
    public async Task SaveAsync(MediaProfile profile, string? previousName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var all = (await AllAsync(cancellationToken)).Values
            .Where(p => !string.Equals(p.Name, profile.Name, StringComparison.OrdinalIgnoreCase) && !string.Equals(p.Name, previousName, StringComparison.OrdinalIgnoreCase))
            .Append(profile);
        await SaveAllAsync(all, cancellationToken);
    }

    /// <summary>Deletes one profile; true when it existed.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        if (!all.ContainsKey(name))
        {
            return false;
        }

        await SaveAllAsync(all.Values.Where(p => !string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)), cancellationToken);
        return true;
    }
}
