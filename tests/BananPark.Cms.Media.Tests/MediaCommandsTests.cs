using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace BananPark.Cms.Media.Tests;

public sealed class MediaCommandsTests
{
    [Theory]
    [InlineData("width=abc")]
    [InlineData("width=-5")]
    [InlineData("width=100000")]
    [InlineData("height=0")]
    [InlineData("width=100&rmode=explode")]
    [InlineData("width=100&format=svg")]
    [InlineData("width=100&quality=101")]
    [InlineData("width=100&rxy=2,0.5")]
    [InlineData("width=100&rxy=nan,0.5")]
    [InlineData("width=100&bgcolor=red")]
    [InlineData("width=100&width=200")]
    [InlineData("rmode=crop")]
    public void Malformed_OrHuge_IsAnError(string query)
    {
        var (resize, error) = MediaCommands.Parse(Query(query), 12000);

        Assert.Null(resize);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void OrchardNames_AreParsed_AndTheCanonicalFormIgnoresOrderAndCase()
    {
        var (a, _) = MediaCommands.Parse(Query("width=480&height=240&rmode=CROP&format=jpeg&quality=80&rxy=0.25,0.75&bgcolor=FFF"), 12000);
        var (b, _) = MediaCommands.Parse(Query("bgcolor=fff&rxy=0.25,0.75&quality=80&format=jpg&rmode=crop&height=240&width=480"), 12000);

        Assert.Equal(new MediaResize { Width = 480, Height = 240, Mode = MediaResizeMode.Crop, Format = "jpg", Quality = 80, Anchor = new FocalPoint(0.25, 0.75), BackgroundColor = "fff" }, a);
        Assert.Equal(MediaCommands.Canonical(a!), MediaCommands.Canonical(b!));
        Assert.Equal(a, MediaCommands.Parse(Query(MediaCommands.Query(a!)), 12000).Resize);
    }

    [Fact]
    public void Signature_CoversThePathAndEveryCommand()
    {
        var key = new byte[32];
        key[0] = 7;
        var commands = MediaCommands.Canonical(new MediaResize { Width = 333 });
        var token = MediaSigning.Sign(key, "park/a.jpg", commands);

        Assert.True(MediaSigning.Verify(key, "park/a.jpg", commands, token));
        Assert.False(MediaSigning.Verify(key, "park/b.jpg", commands, token));
        Assert.False(MediaSigning.Verify(key, "park/a.jpg", MediaCommands.Canonical(new MediaResize { Width = 334 }), token));
        Assert.False(MediaSigning.Verify(new byte[32], "park/a.jpg", commands, token));
        Assert.False(MediaSigning.Verify(key, "park/a.jpg", commands, null));
    }

    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));
}
