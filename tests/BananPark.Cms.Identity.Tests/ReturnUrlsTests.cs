using BananPark.Cms.Identity.Services;

namespace BananPark.Cms.Identity.Tests;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/users?q=%E5%B7%B4%E5%8D%97")]
    [InlineData("/")]
    public void Safe_WhenLocalPath_KeepsIt(string url) => Assert.Equal(url, ReturnUrls.Safe(url));

    [Theory]
    [InlineData("/\u3000//evil.example", "/%E3%80%80//evil.example")]
    [InlineData("/\u00A0", "/%C2%A0")]
    [InlineData("/admin/content?q=重庆 园区", "/admin/content?q=%E9%87%8D%E5%BA%86%20%E5%9B%AD%E5%8C%BA")]
    [InlineData("/\U0001F600", "/%F0%9F%98%80")]
    public void Safe_WhenLocalPathHasSpacesOrNonAscii_EncodesThem(string url, string expected) => Assert.Equal(expected, ReturnUrls.Safe(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("https:evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("admin/users")]
    [InlineData("/\t/evil.example")]
    public void Safe_WhenNotALocalPath_FallsBackToTheAdmin(string? url) => Assert.Equal(ReturnUrls.Fallback, ReturnUrls.Safe(url));
}
