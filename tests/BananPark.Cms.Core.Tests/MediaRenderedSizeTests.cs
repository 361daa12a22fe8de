using BananPark.Cms.Core.Media;

namespace BananPark.Cms.Core.Tests;

public sealed class MediaRenderedSizeTests
{
    [Theory]
    [InlineData(2400, 1600, 480, null, MediaResizeMode.Max, 480, 320)]
    [InlineData(2400, 1600, null, 400, MediaResizeMode.Crop, 600, 400)]
    [InlineData(2400, 1600, 480, 480, MediaResizeMode.Max, 480, 320)]
    [InlineData(1600, 2400, 480, 480, MediaResizeMode.Max, 320, 480)]
    [InlineData(2400, 1600, 480, 480, MediaResizeMode.Crop, 480, 480)]
    [InlineData(2400, 1600, 480, 480, MediaResizeMode.Pad, 480, 480)]
    [InlineData(300, 200, 480, 480, MediaResizeMode.BoxPad, 480, 480)]
    [InlineData(2400, 1600, 480, 100, MediaResizeMode.Stretch, 480, 100)]
    [InlineData(2400, 1600, 480, 480, MediaResizeMode.Min, 720, 480)]
    [InlineData(300, 200, 480, 480, MediaResizeMode.Min, 300, 200)]
    [InlineData(300, 200, 600, null, MediaResizeMode.Min, 300, 200)]
    [InlineData(300, 200, 600, null, MediaResizeMode.Max, 600, 400)]
    [InlineData(3, 1, 2, null, MediaResizeMode.Max, 2, 1)]
    [InlineData(2400, 1600, null, null, MediaResizeMode.Crop, 2400, 1600)]
    public void Of_FollowsImageSharpsModes(int sourceWidth, int sourceHeight, int? width, int? height, MediaResizeMode mode, int expectedWidth, int expectedHeight)
        => Assert.Equal((expectedWidth, expectedHeight), MediaRenderedSize.Of(sourceWidth, sourceHeight, width, height, mode));

    [Fact]
    public void Of_ADocument_HasNoPixelSize()
    {
        var pdf = new MediaAsset { Path = "brochure.pdf", Folder = "", FileName = "brochure.pdf", Length = 10, ContentHash = "00", MimeType = "application/pdf" };

        Assert.Null(MediaRenderedSize.Of(pdf, new MediaResize { Width = 480 }));
    }

    [Fact]
    public void Of_ASourceWithoutPixels_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => MediaRenderedSize.Of(0, 10, 5, 5, MediaResizeMode.Max));
}
