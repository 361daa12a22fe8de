using System.Net;
using System.Net.Http.Headers;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Services;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace BananPark.Cms.Media.Tests;

/// <summary><c>/media/{path}</c> on the assembled site: originals, renders, signing, caching headers, hostile commands.</summary>
public sealed class MediaEndpointTests(MediaSite site) : IClassFixture<MediaSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Original_IsServedWithItsSniffedType_ETagAndNosniff_AndAnsweredNotModified()
    {
        var asset = await UploadAsync(TestImages.Png(), "orig.png");
        var url = await UrlAsync(urls => urls.Original(asset));
        using var client = site.NewClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task AllowedSize_IsRenderedUnsigned_AsWebPWhenAccepted()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 320), "wide.jpg");
        using var client = site.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/media/{asset.Path}?width=240");
        request.Headers.Accept.ParseAdd("image/webp,image/*");

        using var webp = await client.SendAsync(request, Ct);
        using var jpeg = await client.GetAsync(new Uri($"/media/{asset.Path}?width=240", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, webp.StatusCode);
        Assert.Equal("image/webp", webp.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", webp.Headers.Vary);
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
        var info = Image.Identify(await jpeg.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal((240, 120), (info.Width, info.Height));
    }

    [Fact]
    public async Task UnsignedOtherSize_IsForbidden_SignedOneIsRendered()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 320), "signed.jpg");
        var signed = await UrlAsync(urls => urls.Resized(asset, new MediaResize { Width = 333 }));
        using var client = site.NewClient();

        using var unsigned = await client.GetAsync(new Uri($"/media/{asset.Path}?width=333", UriKind.Relative), Ct);
        using var forged = await client.GetAsync(new Uri($"/media/{asset.Path}?width=334&token=" + signed.Split("token=")[1], UriKind.Relative), Ct);
        using var ok = await client.GetAsync(new Uri(signed, UriKind.Relative), Ct);

        Assert.Contains("token=", signed, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK), (unsigned.StatusCode, forged.StatusCode, ok.StatusCode));
        Assert.Equal(333, Image.Identify(await ok.Content.ReadAsByteArrayAsync(Ct)).Width);
    }

    [Theory]
    [InlineData("width=100000")]
    [InlineData("width=abc")]
    [InlineData("width=240&rmode=explode")]
    [InlineData("profile=nosuchprofile")]
    public async Task MalformedOrHugeCommands_Are400(string query)
    {
        var asset = await UploadAsync(TestImages.Png(8, 8), "bad-commands.png");
        using var client = site.NewClient();

        using var response = await client.GetAsync(new Uri($"/media/{asset.Path}?{query}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/media/nothing-here.jpg")]
    [InlineData("/media/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/media/..%5C..%5Cappsettings.json")]
    public async Task UnknownOrTraversingPath_Is404(string url)
    {
        using var client = site.NewClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pdf_IsServedAsAnAttachment()
    {
        var asset = await UploadAsync(TestImages.Pdf(), "brochure.pdf");
        using var client = site.NewClient();

        using var response = await client.GetAsync(new Uri($"/media/{asset.Path}", UriKind.Relative), Ct);

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Crop_KeepsTheFocalPointInView()
    {
        var asset = await UploadAsync(TestImages.Png(200, 100), "focal.png");
        await site.RunAsync(sp => sp.GetRequiredService<MediaLibrary>().UpdateAsync(asset.Path, new MediaMetadataChange { FocalPoint = new FocalPoint(0.95, 0.5) }, MediaSite.Admin, Ct));
        var url = await UrlAsync(urls => urls.Resized(asset.Path, new MediaResize { Width = 50, Height = 50, Mode = MediaResizeMode.Crop, Format = "png" }));
        using var client = site.NewClient();

        var bytes = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative), Ct);

        using var image = Image.Load<Rgba32>(bytes);
        Assert.Equal((50, 50), (image.Width, image.Height));
        Assert.True(image[25, 25].B > 150 && image[25, 25].R < 100, "The crop should show the right (blue) half around the focal point.");
    }

    [Fact]
    public async Task CachedSize_WhileTheOriginalIsDeleted_Is200Or404_Never500()
    {
        var asset = await UploadAsync(TestImages.Jpeg(800, 400), "going.jpg");
        using var client = site.NewClient();
        using var first = await client.GetAsync(new Uri($"/media/{asset.Path}?width=480", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var requests = Enumerable.Range(0, 12).Select(i => client.GetAsync(new Uri($"/media/{asset.Path}?width={(i % 2 == 0 ? 480 : 600)}", UriKind.Relative), Ct)).ToList();
        var deleted = await site.RunAsync(sp => sp.GetRequiredService<MediaLibrary>().DeleteAsync([asset.Path], MediaSite.Admin, Ct));
        var statuses = (await Task.WhenAll(requests)).Select(r => r.StatusCode).ToList();
        using var after = await client.GetAsync(new Uri($"/media/{asset.Path}?width=480", UriKind.Relative), Ct);

        Assert.True(deleted.Succeeded);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound }));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task UploadEndpoint_SignedInWithToken_StoresAndReportsEachFile()
    {
        using var client = site.NewClient();
        var token = await MediaSite.SignInAsAdminAsync(client);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("uploads"), "folder" },
            { File(TestImages.Png(12, 12), "image/png"), "files", "good.png" },
            { File(TestImages.Html(), "image/jpeg"), "files", "evil.jpg" },
        };

        using var response = await client.PostAsync(new Uri("/admin/media/upload", UriKind.Relative), form, Ct);
        var json = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"path\":\"uploads/good.png\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"UnsupportedKind\"", json, StringComparison.Ordinal);
        Assert.Null(await site.RunAsync(sp => sp.GetRequiredService<IMediaAssets>().GetAsync("uploads/evil.jpg", Ct)));
    }

    [Fact]
    public async Task UploadEndpoint_WithoutTokenOrSignIn_StoresNothing()
    {
        using var anonymous = site.NewClient();
        using var form = new MultipartFormDataContent { { File(TestImages.Png(), "image/png"), "files", "sneaky.png" } };

        using var response = await anonymous.PostAsync(new Uri("/admin/media/upload", UriKind.Relative), form, Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await site.RunAsync(sp => sp.GetRequiredService<IMediaAssets>().GetAsync("sneaky.png", Ct)));
    }

    private static ByteArrayContent File(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private Task<MediaAsset> UploadAsync(byte[] bytes, string name) => site.RunAsync(async sp =>
    {
        var result = await sp.GetRequiredService<MediaLibrary>().UploadAsync(new MemoryStream(bytes), name, "tests", MediaSite.Admin, Ct);
        return result.Asset ?? throw new InvalidOperationException(result.Refusal?.Message);
    });

    private Task<string> UrlAsync(Func<IMediaUrls, string> url) => site.RunAsync(sp => Task.FromResult(url(sp.GetRequiredService<IMediaUrls>())));
}
