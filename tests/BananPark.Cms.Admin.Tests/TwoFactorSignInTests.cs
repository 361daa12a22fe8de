using BananPark.Cms.Identity.Components.Account;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class TwoFactorSignInTests : TenantComponentTest
{
    [Fact]
    public void Render_WhenShown_HasALabelledOneTimeCodeField()
    {
        var cut = Render<TwoFactorSignIn>();

        Assert.Equal("Code", cut.Find("label[for=code]").TextContent);
        var field = cut.Find("form input#code");
        Assert.Equal("one-time-code", field.GetAttribute("autocomplete"));
        Assert.Equal("numeric", field.GetAttribute("inputmode"));
    }

    [Fact]
    public void Render_WhenShown_PostsWithAntiforgeryTokenAndOffersAWayBack()
    {
        var cut = Render<TwoFactorSignIn>();

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Verify", form.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Equal("/login", cut.Find("a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }
}
