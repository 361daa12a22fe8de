using BananPark.Cms.Core.Search;
using BananPark.Cms.Search.Services;

namespace BananPark.Cms.Search.Tests;

public sealed class SearchTermsTests
{
    [Fact]
    public void Parse_WhenWordsRepeatAndDifferInCase_KeepsEachOnceLowerCase()
        => Assert.Equal(["suzuki", "chang'an"], SearchTerms.Parse("  Suzuki\tCHANG'AN suzuki ").Words);

    [Fact]
    public void Parse_WhenTextHasControlCharactersAndLoneSurrogates_TreatsThemAsSpaces()
        => Assert.Equal(["suz", "uki", "铃木", "😀"], SearchTerms.Parse("suz\0uki\u0001铃木\ud800😀\udc00").Words);

    [Fact]
    public void Parse_WhenTextIsHuge_LooksAtTheFirstCharactersAndWordsOnly()
    {
        var many = SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 5000).Select(i => "w" + i)));
        var longWord = SearchTerms.Parse(new string('x', 10_000));

        Assert.Equal(SearchQuery.MaxWords, many.Words.Count);
        Assert.Equal(SearchQuery.MaxTextLength, Assert.Single(longWord.Words).Length);
    }

    [Fact]
    public void Parse_WhenCutFallsInsideASurrogatePair_DropsTheHalf()
    {
        var words = SearchTerms.Parse(new string('a', SearchQuery.MaxTextLength - 1) + "😀").Words;

        Assert.Equal(new string('a', SearchQuery.MaxTextLength - 1), Assert.Single(words));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("\0\0")]
    public void Parse_WhenThereIsNothingToFind_IsEmpty(string? text) => Assert.True(SearchTerms.Parse(text).IsEmpty);

    [Theory]
    [InlineData("near", "\"near\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("suz*", "\"suz*\"")]
    public void Fts5Literal_QuotesTheWord_SoSyntaxIsText(string word, string expected) => Assert.Equal(expected, SearchTerms.Fts5Literal(word));

    [Theory]
    [InlineData("铃木", 2)]
    [InlineData("😀😀", 2)]
    [InlineData("abc", 3)]
    public void CodePoints_CountsCharactersAsSqliteDoes(string word, int expected) => Assert.Equal(expected, SearchTerms.CodePoints(word));
}
