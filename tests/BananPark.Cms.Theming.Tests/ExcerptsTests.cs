using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Tests;

public sealed class ExcerptsTests
{
    [Fact]
    public void Of_WhenTheTextIsShort_GivesItWithoutMarkup()
        => Assert.Equal("Chang'an Suzuki & partners make cars.", Excerpts.Of("<p>Chang'an Suzuki &amp; partners\n  <strong>make</strong> cars.</p>", 160));

    [Fact]
    public void Of_WhenTheTextIsLong_CutsAtAWordAndMarksTheCut()
    {
        var excerpt = Excerpts.Of("<p>" + string.Join(' ', Enumerable.Repeat("enterprise", 40)) + "</p>", 50);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("enterprise", 4)) + "…", excerpt);
    }

    [Fact]
    public void Of_WhenTheTextHasNoSpaces_CutsBetweenCharacters()
        => Assert.Equal("重庆巴南经济园区…", Excerpts.Of("<p>重庆巴南经济园区成立于二〇〇二年十二月。</p>", 8));

    [Fact]
    public void Of_WhenEmpty_GivesEmpty()
        => Assert.Equal("", Excerpts.Of(null, 10));
}
