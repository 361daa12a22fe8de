using System.Globalization;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Testing.Media;

/// <summary>
/// The media library's read side in memory, for tests of what shows media (editors, filters) without the Media
/// capability: assets added by the test, URLs in the library's shape (<c>/media/{path}?width=…</c>), a signature
/// marker on anything outside <see cref="AllowedSizes"/> and the profiles, so tests can tell signed from unsigned.
/// </summary>
public sealed class InMemoryMedia : IMediaAssets, IMediaUrls
{
    /// <summary>Orchard's default sizes, which anybody may ask for unsigned.</summary>
    public static readonly IReadOnlySet<int> AllowedSizes = new HashSet<int> { 16, 32, 50, 100, 160, 240, 480, 600, 1024, 2048 };

    private readonly Dictionary<string, MediaAsset> _assets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MediaProfile> _profiles = new(StringComparer.Ordinal);

    /// <summary>How many batch reads were made (a page should make one, not one per picture).</summary>
    public int BatchReads { get; private set; }

    /// <summary>Adds a picture of <paramref name="width"/> × <paramref name="height"/> at <paramref name="path"/>.</summary>
    public MediaAsset AddImage(string path, int width, int height, IReadOnlyDictionary<string, string>? altTexts = null, FocalPoint? focalPoint = null)
    {
        var slash = path.LastIndexOf('/');
        var asset = new MediaAsset
        {
            Path = path,
            Folder = slash < 0 ? "" : path[..slash],
            FileName = path[(slash + 1)..],
            Length = width * height / 10,
            Width = width,
            Height = height,
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path))),
            MimeType = path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg",
            AltTexts = altTexts ?? new Dictionary<string, string>(),
            FocalPoint = focalPoint,
            UploadedUtc = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
            ModifiedUtc = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
        };
        _assets[path] = asset;
        return asset;
    }

    /// <summary>Adds a named profile.</summary>
    public void AddProfile(MediaProfile profile) => _profiles[profile.Name] = profile;

    public Task<MediaAsset?> GetAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(_assets.GetValueOrDefault(path));

    public Task<IReadOnlyDictionary<string, MediaAsset>> GetManyAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        BatchReads++;
        IReadOnlyDictionary<string, MediaAsset> found = paths.Distinct(StringComparer.Ordinal).Where(_assets.ContainsKey).ToDictionary(p => p, p => _assets[p], StringComparer.Ordinal);
        return Task.FromResult(found);
    }

    public string Original(string path) => "/media/" + UrlPaths.Escape(path);

    public string Resized(string path, MediaResize resize)
    {
        if (resize.Profile is { } profile)
        {
            return $"{Original(path)}?profile={Uri.EscapeDataString(profile)}";
        }

        var query = new List<string>();
        Add(query, "width", resize.Width);
        Add(query, "height", resize.Height);
        if (resize.Mode != MediaResizeMode.Max)
        {
            query.Add("rmode=" + resize.Mode.ToString().ToLowerInvariant());
        }

        if (resize.Format is { } format)
        {
            query.Add("format=" + format);
        }

        Add(query, "quality", resize.Quality);
        if (resize.Anchor is { } anchor)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"rxy={anchor.X},{anchor.Y}"));
        }

        var allowed = resize.Mode == MediaResizeMode.Max && resize.Format is null && resize.Quality is null && resize.Anchor is null
            && (resize.Width is null || AllowedSizes.Contains(resize.Width.Value)) && (resize.Height is null || AllowedSizes.Contains(resize.Height.Value));
        if (!allowed)
        {
            query.Add("token=signed");
        }

        return $"{Original(path)}?{string.Join('&', query)}";
    }

    public string Original(MediaAsset asset) => Original(asset.Path) + "?v=" + Version(asset);

    public string Resized(MediaAsset asset, MediaResize resize)
    {
        var url = Resized(asset.Path, resize);
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "v=" + Version(asset);
    }

    /// <summary>The version a URL of <paramref name="asset"/> carries (the start of its content hash, as the library's).</summary>
    public static string Version(MediaAsset asset) => asset.ContentHash[..8];

    public Task<IReadOnlyDictionary<string, MediaProfile>> ProfilesAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyDictionary<string, MediaProfile>>(new Dictionary<string, MediaProfile>(_profiles, StringComparer.Ordinal));

    private static void Add(List<string> query, string name, int? value)
    {
        if (value is { } v)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={v}"));
        }
    }
}
