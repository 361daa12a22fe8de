using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Profiles;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Media.Services;

/// <summary>
/// <c>/media/{path}</c> URLs: each segment encoded; <c>v=</c> the first 12 hex digits of the content hash when the asset
/// is known; resize commands in Orchard's names, and <c>token=</c> (the tenant's signature) unless the commands are a
/// profile or allowed sizes alone.
/// </summary>
internal sealed class MediaUrls(MediaSigning signing, MediaProfiles profiles, IDocumentStore documents, ITenantContext tenant, IOptions<MediaOptions> options) : IMediaUrls
{
    /// <summary>Hex digits of the content hash in <c>v=</c>.</summary>
    public const int VersionLength = 12;

    public string Original(string path) => "/media/" + UrlPaths.Escape(path);

    public string Original(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return Original(asset.Path) + "?v=" + asset.ContentHash[..VersionLength];
    }

    public string Resized(string path, MediaResize resize) => Build(path, resize, null);

    public string Resized(MediaAsset asset, MediaResize resize)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return Build(asset.Path, resize, asset.ContentHash[..VersionLength]);
    }

    public Task<IReadOnlyDictionary<string, MediaProfile>> ProfilesAsync(CancellationToken cancellationToken = default) => profiles.AllAsync(cancellationToken);

    /// <summary>True when anyone may ask for <paramref name="resize"/> without a signature.</summary>
    public static bool IsAllowedUnsigned(MediaResize resize, MediaOptions options)
        => resize.Profile is not null
            || (resize is { Mode: MediaResizeMode.Max, Format: null, Quality: null, Anchor: null, BackgroundColor: null }
                && (resize.Width is not null || resize.Height is not null)
                && (resize.Width is not { } w || options.IsAllowedSize(w)) && (resize.Height is not { } h || options.IsAllowedSize(h)));

    private string Build(string path, MediaResize resize, string? version)
    {
        ArgumentNullException.ThrowIfNull(resize);
        var url = Original(path) + "?" + MediaCommands.Query(resize);
        if (version is not null)
        {
            url += "&v=" + version;
        }

        if (IsAllowedUnsigned(resize, options.Value))
        {
            return url;
        }

        // The key is loaded on start (MediaSigningInitializer); a tenant made since waits for it once.
        var key = signing.Known(tenant.Tenant.Name) ?? signing.LoadAsync(tenant.Tenant.Name, documents, CancellationToken.None).GetAwaiter().GetResult();
        return url + "&token=" + MediaSigning.Sign(key, path, MediaCommands.Canonical(resize));
    }
}
