using System.Net;
using BananPark.Cms.Identity.Services;

namespace BananPark.Cms.Web.Tests;

/// <summary>Hostile input at the site's edges: return URLs at sign-in, recipe values that the forms would refuse.</summary>
public sealed class InputSecurityTests(KestrelAdminSite site) : IClassFixture<KestrelAdminSite>
{
    /// <summary>Query strings as a browser or a probe sends them, percent-encoded by hand.</summary>
    [Theory]
    [InlineData("%2F%E3%80%80%2F%2Fevil.example")]
    [InlineData("%2F%C2%A0%2F%2Fevil.example")]
    [InlineData("%2F%C2%A0")]
    [InlineData("%2F%20%2F%2Fevil.example")]
    [InlineData("%2F%EF%BC%8F%EF%BC%8Fevil.example")]
    [InlineData("%5C%5Cevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("https%3A%2F%2Fevil.example%2Fadmin")]
    [InlineData("%2F%2F%E3%80%80evil.example")]
    [InlineData("%E3%80%80%2F%2Fevil.example")]
    public async Task SignIn_WithAnOddReturnUrl_RedirectsOnThisSiteWithAnAsciiLocation(string rawReturnUrl)
    {
        var client = site.NewClient();
        var page = await client.GetAsync(new Uri($"/login?ReturnUrl={rawReturnUrl}", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await Forms.PostAsync(client, $"/login?ReturnUrl={rawReturnUrl}", "login",
            [new("Input.UserName", "admin"), new("Input.Password", Forms.AdminPassword)]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.All(location.OriginalString, c => Assert.InRange(c, '!', '~'));
        var target = new Uri(site.BaseAddress, location);
        Assert.Equal(site.BaseAddress.Authority, target.Authority);
        Assert.DoesNotContain("evil.example", target.Authority, StringComparison.Ordinal);
        Assert.False(target.AbsolutePath.StartsWith("//", StringComparison.Ordinal), target.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_WithAChineseLocalReturnUrl_GoesThereEncoded()
    {
        var response = await Forms.PostAsync(site.NewClient(), "/login?ReturnUrl=%2Fadmin%2Fcontent%3Fq%3D%E9%87%8D%E5%BA%86", "login",
            [new("Input.UserName", "admin"), new("Input.Password", Forms.AdminPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/content?q=%E9%87%8D%E5%BA%86", Forms.Location(response));
    }

    [Fact]
    public async Task RecipeCheck_WithAJavascriptLinkInSettings_FailsNamingTheStepAndKey()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);

        var (_, html) = await RecipeImports.CheckedAsync(client, "hostile.recipe.json",
            """{ "name": "hostile", "steps": [ { "name": "Settings", "IcpUrl": "javascript:alert(document.cookie)" } ] }""");

        Assert.Contains("step &#x27;Settings&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("$.steps[0].IcpUrl", html, StringComparison.Ordinal);
        Assert.Equal("", RecipeImports.Token(html));
    }

    [Fact]
    public async Task SignIn_WithAReturnUrlToAnotherSite_LandsOnTheAdmin()
    {
        var response = await Forms.SignInAsync(site.NewClient(), "admin", Forms.AdminPassword, "//evil.example/\u3000");

        Assert.Equal(ReturnUrls.Fallback, Forms.Location(response));
    }
}
