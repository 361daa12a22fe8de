using BananPark.Cms.Identity.Services;

namespace BananPark.Cms.Identity.Tests;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("orange river lantern")]
    [InlineData("correcthorsebatterystaple")]
    [InlineData("巴南经济园区的春天很美丽")]
    public void Check_WhenLongAndUncommon_Accepts(string password)
        => Assert.True(PasswordRules.Check(password, "editor").Succeeded);

    [Theory]
    [InlineData("short", "PasswordTooShort")]
    [InlineData("elevenchars", "PasswordTooShort")]
    [InlineData("password1234", "PasswordTooCommon")]
    [InlineData("Password1234", "PasswordTooCommon")]
    [InlineData("qwertyuiopasdf", "PasswordTooCommon")]
    [InlineData("aaaaaaaaaaaaaaaa", "PasswordTooCommon")]
    [InlineData("ababababababab", "PasswordTooCommon")]
    [InlineData("editor-and-some-words", "PasswordContainsUserName")]
    public void Check_WhenWeak_SaysWhy(string password, string code)
        => Assert.Equal(code, Assert.Single(PasswordRules.Check(password, "editor").Errors).Code);

    [Fact]
    public void Check_WhenLongerThanTheCap_RefusesBeforeHashing()
        => Assert.Equal("PasswordTooLong", Assert.Single(PasswordRules.Check(new string('x', 200) + new string('y', 100), "editor").Errors).Code);

    [Fact]
    public void Check_NeedsNoDigitsSymbolsOrCapitals()
        => Assert.True(PasswordRules.Check("all lower case words", null).Succeeded);
}
