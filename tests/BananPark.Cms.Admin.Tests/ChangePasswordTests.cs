using System.Security.Claims;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Services;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class ChangePasswordTests : TenantComponentTest
{
    [Fact]
    public void Render_WhenPasswordWasSetForTheUser_AsksToChooseTheirOwn()
    {
        var user = SignedIn("u1", "ann");
        ((ClaimsIdentity)user.Identity!).AddClaim(new Claim(AccountClaims.MustChangePassword, "true"));

        var cut = RenderAs<ChangePassword>(user);

        Assert.Equal("Your password was set for you. Choose your own before you go on.", cut.Find("p.hint").TextContent);
    }

    [Fact]
    public void Render_WhenUserChoseTheirOwnPassword_OmitsTheMustChangeHint()
    {
        var cut = RenderAs<ChangePassword>(SignedIn("u1", "ann"));

        Assert.Equal("Change your password", cut.Find("h1").TextContent);
        Assert.Equal(["new-hint"], cut.FindAll("p.hint").Select(p => p.Id));
    }

    [Theory]
    [InlineData("current", "Current password", "current-password")]
    [InlineData("new", "New password", "new-password")]
    [InlineData("confirm", "New password again", "new-password")]
    public void Render_WhenShown_HasLabelledPasswordFields(string id, string label, string autocomplete)
    {
        var cut = RenderAs<ChangePassword>(SignedIn("u1", "ann"));

        Assert.Equal(label, cut.Find($"label[for={id}]").TextContent);
        var field = cut.Find($"form input#{id}");
        Assert.Equal("password", field.GetAttribute("type"));
        Assert.Equal(autocomplete, field.GetAttribute("autocomplete"));
    }

    [Fact]
    public void Render_WhenShown_DescribesTheMinimumLengthOfTheNewPassword()
    {
        var cut = RenderAs<ChangePassword>(SignedIn("u1", "ann"));

        Assert.Equal("new-hint", cut.Find("input#new").GetAttribute("aria-describedby"));
        Assert.StartsWith($"At least {PasswordRules.MinimumLength} characters.", cut.Find("p#new-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenShown_PostsWithAntiforgeryTokenAndSubmitButton()
    {
        var cut = RenderAs<ChangePassword>(SignedIn("u1", "ann"));

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Change password", form.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Empty(cut.FindAll("[role=alert]"));
    }
}
