using BananPark.Cms.Media.Uploads;

namespace BananPark.Cms.Media.Tests;

/// <summary>Frames counted from a file's structure, without decoding.</summary>
public sealed class MediaFramesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    public void Count_OfAnEncodedAnimatedGif_IsItsFrames(int frames)
        => Assert.Equal(frames, MediaFrames.Count(TestImages.AnimatedGif(frames), MediaKind.Gif));

    [Fact]
    public void Count_OfAHandWrittenGifBomb_IsEveryFrame()
        => Assert.Equal(100_000, MediaFrames.Count(TestImages.GifBomb(100_000, 1000, 1000), MediaKind.Gif));

    [Fact]
    public void Count_OfATruncatedGif_IsTheFramesRead_AtLeastOne()
    {
        var gif = TestImages.GifBomb(10, 4, 4);

        Assert.Equal(4, MediaFrames.Count(gif.AsSpan(0, 13 + 6 + (4 * 15) + 5), MediaKind.Gif));
        Assert.Equal(1, MediaFrames.Count(gif.AsSpan(0, 8), MediaKind.Gif));
    }

    [Fact]
    public void Count_OfStillKinds_IsOne()
    {
        Assert.Equal(1, MediaFrames.Count(TestImages.Png(), MediaKind.Png));
        Assert.Equal(1, MediaFrames.Count(TestImages.Jpeg(), MediaKind.Jpeg));
    }
}
