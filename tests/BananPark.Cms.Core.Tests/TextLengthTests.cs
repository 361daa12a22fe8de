using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Core.Tests;

public sealed class TextLengthTests
{
    [Theory]
    [InlineData("重庆巴南", 4)]
    [InlineData("Banan", 5)]
    [InlineData("👍🏽", 1)]
    [InlineData("e\u0301", 1)]
    [InlineData("a\r\nb", 3)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void Count_CountsTextElements(string? text, int expected) => Assert.Equal(expected, TextLength.Count(text));

    [Theory]
    [InlineData("<p class=\"lead\">重庆<b>巴南</b></p>", 4)]
    [InlineData("<p>A &amp; B</p>", 5)]
    [InlineData("<a title=\"x > y\" href=\"/x\">ab</a>", 2)]
    [InlineData("<!-- a note -->ab<br/>", 2)]
    [InlineData("1 < 2", 5)]
    public void CountHtml_CountsOnlyTheTextContent(string html, int expected) => Assert.Equal(expected, TextLength.CountHtml(html));
}
