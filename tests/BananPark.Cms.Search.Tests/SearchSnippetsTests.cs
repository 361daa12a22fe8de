using BananPark.Cms.Search.Services;

namespace BananPark.Cms.Search.Tests;

public sealed class SearchSnippetsTests
{
    [Fact]
    public void Html_MarksEveryMatch_AndEncodesTheRest()
        => Assert.Equal("Tom &amp; <mark>Jerry</mark> &lt;b&gt; <mark>jerry</mark>", SearchSnippets.Html("Tom & Jerry <b> jerry", ["jerry"]));

    [Fact]
    public void Html_WhenTheMatchIsFarIn_StartsNearItWithAnEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " 长安铃木 " + string.Join(' ', Enumerable.Repeat("tail", 100));

        var html = SearchSnippets.Html(text, ["铃木"]);

        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Contains("长安<mark>铃木</mark>", html, StringComparison.Ordinal);
        Assert.True(html.Length < SearchSnippets.Length + 40);
    }

    [Fact]
    public void Html_WhenNoWordOccurs_ShowsTheStartEncoded()
        => Assert.Equal("&lt;p&gt;", SearchSnippets.Html("<p>", ["zzz"]));

    [Fact]
    public void Html_WhenAMarkupLookingWordIsSearched_TheMarkIsTheOnlyMarkup()
        => Assert.Equal("a <mark>&lt;mark&gt;</mark> b", SearchSnippets.Html("a <mark> b", ["<mark>"]));

    [Fact]
    public void Html_WhenWordsOverlap_MarksTheLongerOnce()
        => Assert.Equal("<mark>suzuki</mark> car", SearchSnippets.Html("suzuki car", ["suz", "suzuki"]));

    [Fact]
    public void Html_WhenTextIsEmpty_IsEmpty() => Assert.Equal("", SearchSnippets.Html("", ["a"]));
}
