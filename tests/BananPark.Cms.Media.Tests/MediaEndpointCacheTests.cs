using System.Net;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Recipes.Services;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace BananPark.Cms.Media.Tests;

/// <summary>
/// <c>/media/{path}</c> answered again from the response cache: the same headers and checks as the first answer, and a
/// change (a replaced file, a delete, a profile, a focal point) served at once after a response was kept.
/// </summary>
public sealed partial class MediaEndpointCacheTests(MediaSite site) : IClassFixture<MediaSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RepeatedRender_KeepsWebPVaryETagAndCacheControl_AndAnswersNotModified()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 320), "again.jpg");
        var version = asset.ContentHash[..12];
        using var client = site.NewClient();

        using var first = await GetAsync(client, $"/media/{asset.Path}?width=240&v={version}", webp: true);
        using var second = await GetAsync(client, $"/media/{asset.Path}?width=240&v={version}", webp: true);
        using var unversioned = await GetAsync(client, $"/media/{asset.Path}?width=240", webp: true);
        using var jpeg = await GetAsync(client, $"/media/{asset.Path}?width=240&v={version}", webp: false);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/media/{asset.Path}?width=240&v={version}");
        conditional.Headers.Accept.ParseAdd("image/webp");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional, Ct);

        foreach (var response in new[] { first, second, unversioned })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Accept", response.Headers.Vary);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        }

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(Ct), await second.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("public, max-age=31536000, immutable", second.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=3600", unversioned.Headers.CacheControl?.ToString());
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(first.Headers.ETag, jpeg.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task SignedRender_AfterItWasKept_StillRefusesAForgedOrMissingToken()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 320), "kept-signed.jpg");
        var signed = await site.RunAsync(sp => Task.FromResult(sp.GetRequiredService<IMediaUrls>().Resized(asset, new MediaResize { Width = 321 })));
        using var client = site.NewClient();

        using var ok = await GetAsync(client, signed, webp: false);
        using var again = await GetAsync(client, signed, webp: false);
        using var forged = await GetAsync(client, signed.Replace("token=", "token=x", StringComparison.Ordinal), webp: false);
        using var unsigned = await GetAsync(client, signed[..signed.IndexOf("&token=", StringComparison.Ordinal)], webp: false);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (ok.StatusCode, again.StatusCode));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (forged.StatusCode, unsigned.StatusCode));
    }

    [Fact]
    public async Task DeletedAsset_AfterItsResponsesWereKept_Is404AtOnce()
    {
        var asset = await UploadAsync(TestImages.Jpeg(800, 400), "kept-then-deleted.jpg");
        using var client = site.NewClient();
        foreach (var url in new[] { $"/media/{asset.Path}", $"/media/{asset.Path}", $"/media/{asset.Path}?width=240", $"/media/{asset.Path}?width=240" })
        {
            using var served = await GetAsync(client, url, webp: false);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        var deleted = await site.RunAsync(sp => sp.GetRequiredService<MediaLibrary>().DeleteAsync([asset.Path], MediaSite.Admin, Ct));
        using var original = await GetAsync(client, $"/media/{asset.Path}", webp: false);
        using var render = await GetAsync(client, $"/media/{asset.Path}?width=240", webp: false);

        Assert.True(deleted.Succeeded);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (original.StatusCode, render.StatusCode));
    }

    [Fact]
    public async Task ReplacedFile_AtTheSamePath_IsServedAtOnce_AfterTheOldOneWasKept()
    {
        await ImportAsync("kept/replaced.png", TestImages.Png(40, 20));
        using var client = site.NewClient();
        var oldOriginal = await client.GetByteArrayAsync(new Uri("/media/kept/replaced.png", UriKind.Relative), Ct);
        await client.GetByteArrayAsync(new Uri("/media/kept/replaced.png", UriKind.Relative), Ct);
        await client.GetByteArrayAsync(new Uri("/media/kept/replaced.png?width=16", UriKind.Relative), Ct);
        var oldRender = await client.GetByteArrayAsync(new Uri("/media/kept/replaced.png?width=16", UriKind.Relative), Ct);

        await ImportAsync("kept/replaced.png", TestImages.Png(64, 16));
        var newOriginal = await client.GetByteArrayAsync(new Uri("/media/kept/replaced.png", UriKind.Relative), Ct);
        var newRender = await client.GetByteArrayAsync(new Uri("/media/kept/replaced.png?width=16", UriKind.Relative), Ct);

        Assert.Equal((40, 20), Size(oldOriginal));
        Assert.Equal((16, 8), Size(oldRender));
        Assert.Equal((64, 16), Size(newOriginal));
        Assert.Equal((16, 4), Size(newRender));
    }

    [Fact]
    public async Task ChangedProfile_AfterItsRenderWasKept_IsServedAtOnce_NeverImmutable()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 320), "kept-profile.jpg");
        var version = asset.ContentHash[..12];
        await SaveProfileAsync(new MediaProfile { Name = "KeptCard", Width = 32 });
        using var client = site.NewClient();
        using var first = await GetAsync(client, $"/media/{asset.Path}?profile=keptcard&v={version}", webp: false);
        using var kept = await GetAsync(client, $"/media/{asset.Path}?profile=keptcard&v={version}", webp: false);

        await SaveProfileAsync(new MediaProfile { Name = "KeptCard", Width = 48 });
        using var changed = await GetAsync(client, $"/media/{asset.Path}?profile=KEPTCARD&v={version}", webp: false);

        Assert.Equal(32, Size(await kept.Content.ReadAsByteArrayAsync(Ct)).Width);
        Assert.Equal("public, max-age=3600", kept.Headers.CacheControl?.ToString());
        Assert.Equal(48, Size(await changed.Content.ReadAsByteArrayAsync(Ct)).Width);
        Assert.NotEqual(kept.Headers.ETag, changed.Headers.ETag);
    }

    [Fact]
    public async Task ChangedFocalPoint_AfterACropWasKept_MovesTheCropAtOnce()
    {
        var asset = await UploadAsync(TestImages.Png(200, 100), "kept-focal.png");
        var url = await site.RunAsync(sp => Task.FromResult(sp.GetRequiredService<IMediaUrls>().Resized(asset.Path,
            new MediaResize { Width = 50, Height = 50, Mode = MediaResizeMode.Crop, Format = "png" })));
        using var client = site.NewClient();
        await client.GetByteArrayAsync(new Uri(url, UriKind.Relative), Ct);
        var centred = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative), Ct);

        await site.RunAsync(sp => sp.GetRequiredService<MediaLibrary>().UpdateAsync(asset.Path, new MediaMetadataChange { FocalPoint = new FocalPoint(0.95, 0.5) }, MediaSite.Admin, Ct));
        var moved = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.NotEqual(centred, moved);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, bool webp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (webp)
        {
            request.Headers.Accept.ParseAdd("image/webp,image/*");
        }

        return await client.SendAsync(request, Ct);
    }

    private static (int Width, int Height) Size(byte[] bytes)
    {
        var info = Image.Identify(bytes);
        return (info.Width, info.Height);
    }

    private Task<MediaAsset> UploadAsync(byte[] bytes, string name) => site.RunAsync(async sp =>
    {
        var result = await sp.GetRequiredService<MediaLibrary>().UploadAsync(new MemoryStream(bytes), name, "kept", MediaSite.Admin, Ct);
        return result.Asset ?? throw new InvalidOperationException(result.Refusal?.Message);
    });

    private Task<bool> SaveProfileAsync(MediaProfile profile) => site.RunAsync(async sp =>
    {
        await sp.GetRequiredService<MediaProfiles>().SaveAsync(profile, cancellationToken: Ct);
        return true;
    });

    private Task<bool> ImportAsync(string targetPath, byte[] bytes) => site.RunAsync(async sp =>
    {
        var json = "{\"name\":\"media\",\"steps\":[{\"name\":\"Media\",\"Files\":[{\"TargetPath\":\"" + targetPath + "\",\"Base64\":\"" + Convert.ToBase64String(bytes) + "\"}]}]}";
        await sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeReader.Read(json, "kept.recipe.json"), new Dictionary<string, string>());
        return true;
    });
}
