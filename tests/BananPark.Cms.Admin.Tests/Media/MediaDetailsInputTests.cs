using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Tests.Media;

public sealed class MediaDetailsInputTests
{
    [Fact]
    public void Read_TheForm_GivesAltTextsPerCultureCaptionCreditAndFocalPoint()
    {
        var (change, problems) = MediaDetailsInput.Read(Form(("alt", " The river "), ("alt-en", ""), ("alt-zh-CN", "江边"), ("caption", "Morning"), ("credit", "Park office"), ("focal-x", "0.3"), ("focal-y", "1")));

        Assert.Empty(problems);
        Assert.Equal(new Dictionary<string, string> { [""] = "The river", ["zh-CN"] = "江边" }, change.AltTexts);
        Assert.Equal(("Morning", "Park office"), (change.Caption, change.Credit));
        Assert.Equal(new FocalPoint(0.3, 1), change.FocalPoint);
        Assert.False(change.ClearFocalPoint);
    }

    [Theory]
    [InlineData("1.5", "0.5")]
    [InlineData("-0.1", "0.5")]
    [InlineData("0.5", "")]
    [InlineData("NaN", "0.5")]
    [InlineData("0,5", "0.5")]
    public void Read_AFocalPointOutsideThePicture_IsAProblem(string x, string y)
    {
        var (change, problems) = MediaDetailsInput.Read(Form(("focal-x", x), ("focal-y", y)));

        Assert.Equal("The focal point is two numbers from 0 to 1 (0.5 and 0.5 is the centre).", Assert.Single(problems));
        Assert.Null(change.FocalPoint);
    }

    [Fact]
    public void Read_TooLongTextAndControlCharacters_AreAProblemOrDropped()
    {
        var (change, problems) = MediaDetailsInput.Read(Form(("caption", new string('x', MediaDetailsInput.MaxTextLength + 1)), ("credit", "A\u0000B\u0007C"), ("focal-clear", "true"), ("focal-x", "0.2"), ("focal-y", "0.2")));

        Assert.Equal("The caption is longer than 500 characters.", Assert.Single(problems));
        Assert.Equal("ABC", change.Credit);
        Assert.True(change.ClearFocalPoint);
        Assert.Null(change.FocalPoint);
    }

    private static FormCollection Form(params (string Name, string Value)[] values)
        => new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));
}
