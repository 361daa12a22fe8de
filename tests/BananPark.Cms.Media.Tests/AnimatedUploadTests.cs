using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace BananPark.Cms.Media.Tests;

/// <summary>Animated GIFs: frames and the pixels of all frames together are bounded before decoding, and renders stay bounded.</summary>
public sealed class AnimatedUploadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GifOfAHundredThousandFramesOnALargeCanvas_IsRefusedBeforeDecoding_AndNothingIsStored()
    {
        await using var tenant = await MediaTenant.CreateAsync();
        var bomb = TestImages.GifBomb(100_000, 1000, 1000);

        var started = TimeProvider.System.GetTimestamp();
        var result = await tenant.UploadAsync(bomb, "party.gif");

        Assert.Equal(MediaRefusalCode.TooManyFrames, result.Refusal?.Code);
        Assert.Contains("100000 frames", result.Refusal!.Message, StringComparison.Ordinal);
        // Decoding even a thousandth of it would take far longer (and 400 MB); the structure walk takes milliseconds.
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10), "The refusal should not decode the frames.");
        Assert.Equal(0, await tenant.CountAssetsAsync());
        Assert.Empty(tenant.StoredFiles());
    }

    [Fact]
    public async Task GifWhoseFramesTogetherExceedThePixelLimit_IsRefused_FewerFramesOfTheSameSizeAreAccepted()
    {
        // 1 megapixel in all: 30 frames of 200 × 200 are 1.2, 20 frames are 0.8.
        await using var tenant = await MediaTenant.CreateAsync(settings: new Dictionary<string, string?> { ["Cms:Media:MaxPixels"] = "1" });

        var tooMany = await tenant.UploadAsync(TestImages.AnimatedGif(30, 200, 200), "long.gif");
        var accepted = await tenant.UploadAcceptedAsync(TestImages.AnimatedGif(20, 200, 200), "short.gif");

        Assert.Equal(MediaRefusalCode.TooManyFrames, tooMany.Refusal?.Code);
        Assert.Contains("30 frames of 200 × 200", tooMany.Refusal!.Message, StringComparison.Ordinal);
        var stored = await File.ReadAllBytesAsync(Assert.Single(tenant.StoredFiles()), Ct);
        Assert.Equal(accepted.ContentHash, ContentHashes.Of(stored));
        Assert.Equal(20, MediaFrames.Count(stored, MediaKind.Gif));
    }

    [Fact]
    public async Task GifWithMoreFramesThanMaxFrames_IsRefused()
    {
        await using var tenant = await MediaTenant.CreateAsync(settings: new Dictionary<string, string?> { ["Cms:Media:MaxFrames"] = "10" });

        var result = await tenant.UploadAsync(TestImages.AnimatedGif(11), "eleven.gif");

        Assert.Equal(MediaRefusalCode.TooManyFrames, result.Refusal?.Code);
        Assert.Equal("The animation has 11 frames; at most 10 are accepted.", result.Refusal!.Message);
    }

    [Theory]
    [InlineData("png", 1)]
    [InlineData("webp", 1)]
    [InlineData("gif", 12)]
    public async Task RenderOfAnAnimatedGif_IsTheFirstFrameForStillFormats_AndKeepsItsFramesAsGif(string format, int frames)
    {
        await using var tenant = await MediaTenant.CreateAsync();
        var asset = await tenant.UploadAcceptedAsync(TestImages.AnimatedGif(12, 40, 40), "spinner.gif");
        var kind = MediaKind.FromMimeType("image/" + format)!;

        var bytes = await tenant.RunAsync<IServiceProvider, byte[]>(async services =>
        {
            using var output = new MemoryStream();
            var store = services.GetRequiredService<IMediaFileStore>();
            Assert.True(await services.GetRequiredService<MediaRenderer>().RenderAsync(store, asset.ContentHash, new MediaResize { Width = 20 }, kind, null, output, Ct));
            return output.ToArray();
        });

        using var image = Image.Load(bytes);
        Assert.Equal((20, 20, frames), (image.Width, image.Height, image.Frames.Count));
    }
}
