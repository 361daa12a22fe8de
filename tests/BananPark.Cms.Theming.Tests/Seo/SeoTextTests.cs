using System.Globalization;
using BananPark.Cms.Theming.Seo;

namespace BananPark.Cms.Theming.Tests.Seo;

/// <summary>Descriptions derived from text: plain, on one line, at most 160 text elements and an ellipsis, never half a word.</summary>
public sealed class SeoTextTests
{
    [Fact]
    public void Cut_LatinTextPastTheLimit_EndsOnAWordBoundaryWithAnEllipsis()
    {
        var text = string.Concat(Enumerable.Repeat("motorcycle ", 40));

        var cut = SeoText.Cut(text.Trim());

        Assert.EndsWith("motorcycle…", cut, StringComparison.Ordinal);
        Assert.True(new StringInfo(cut).LengthInTextElements <= SeoText.DescriptionLength + 1, cut);
    }

    [Fact]
    public void Cut_ChineseText_CutsBetweenCharactersAtTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("重庆巴南经济园区", 40));

        var cut = SeoText.Cut(text);

        Assert.Equal(SeoText.DescriptionLength + 1, new StringInfo(cut).LengthInTextElements);
        Assert.StartsWith("重庆巴南经济园区重庆", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_ShortText_IsKeptWhole()
        => Assert.Equal("Chang'an Suzuki", SeoText.Cut("Chang'an Suzuki"));

    [Fact]
    public void Plain_Html_IsTextOnOneLine()
        => Assert.Equal("A park & its groups", SeoText.Plain("<p>A <b>park</b>\n &amp; its</p>\n<p>groups</p>"));
}
