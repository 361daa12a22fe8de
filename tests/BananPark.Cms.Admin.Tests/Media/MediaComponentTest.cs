using BananPark.Cms.Core.Media;
using BananPark.Cms.Media;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Testing.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace BananPark.Cms.Admin.Tests.Media;

/// <summary>
/// The library screens over a tenant with the real media library (rows, store, upload pipeline); only the URLs
/// come from <see cref="InMemoryMedia"/>, so the tests can tell what a thumbnail asked for.
/// </summary>
public abstract class MediaComponentTest : TenantComponentTest
{
    protected InMemoryMedia Urls { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddCmsMedia(new ConfigurationBuilder().Build());
        services.AddSingleton<IMediaUrls>(Urls);
    }

    /// <summary>Uploads a PNG of <paramref name="width"/> × <paramref name="height"/> as the Administrator.</summary>
    protected async Task<MediaAsset> UploadAsync(string fileName, string folder = "", int width = 64, int height = 48, byte shade = 40)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(shade, 90, 140));
        using var png = new MemoryStream();
        await image.SaveAsPngAsync(png, TestContext.Current.CancellationToken);
        png.Position = 0;
        var result = await Tenant.RunAsync<MediaLibrary, MediaUploadResult>(library => library.UploadAsync(png, fileName, folder, Administrator, TestContext.Current.CancellationToken));
        return result.Asset ?? throw new InvalidOperationException(result.Refusal?.Message);
    }

    /// <summary>Changes an asset's details as the Administrator.</summary>
    protected Task<MediaChangeResult> UpdateAsync(string path, MediaMetadataChange change)
        => Tenant.RunAsync<MediaLibrary, MediaChangeResult>(library => library.UpdateAsync(path, change, Administrator, TestContext.Current.CancellationToken));
}
