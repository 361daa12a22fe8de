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
