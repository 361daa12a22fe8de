using BananPark.Cms.Content.Services;

namespace BananPark.Cms.Content.Tests;

public sealed class RichTextTests : IDisposable
{
    private readonly RichText _richText = new();

    public void Dispose() => _richText.Dispose();

    [Theory]
    [InlineData("<p onclick=\"x()\">Hi<script>alert(1)</script></p>", "<p>Hi</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://example.com\">x</a>", "<a href=\"https://example.com\">x</a>")]
    [InlineData("<p style=\"color:red\">x</p><form><input></form>", "<p>x</p>")]
    public void Sanitize_KeepsOnlySafeMarkup(string html, string expected)
        => Assert.Equal(expected, _richText.Sanitize(html));

    [Fact]
    public void MarkdownToHtml_DropsRawHtmlAndScriptLinks()
    {
        var html = _richText.MarkdownToHtml("# 巴南\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](https://example.com)");

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("巴南", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_WhenTheSameInputComesAgain_ReturnsTheRememberedResult()
    {
        using var other = new RichText();
        var first = _richText.Sanitize("<p>Jieshi <b>Group</b></p>");

        Assert.Same(first, _richText.Sanitize(new string("<p>Jieshi <b>Group</b></p>".AsSpan())));
        Assert.NotSame(first, other.Sanitize("<p>Jieshi <b>Group</b></p>"));
        Assert.Equal("<p>Jieshi</p>", _richText.Sanitize("<p>Jieshi</p>"));
    }

    [Fact]
    public void SanitizeAndMarkdown_OfTheSameText_AreRememberedApart()
        => Assert.NotEqual(_richText.Sanitize("**bold**"), _richText.MarkdownToHtml("**bold**"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankInput_GivesEmptyText(string? input)
        => Assert.Equal(("", ""), (_richText.Sanitize(input), _richText.MarkdownToHtml(input)));
}
