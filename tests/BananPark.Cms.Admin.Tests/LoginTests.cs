using BananPark.Cms.Identity.Components.Account;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;

namespace BananPark.Cms.Admin.Tests;

public sealed class LoginTests : TenantComponentTest
{
    [Fact]
    public void Render_WhenShown_HasLabelledUserNameField()
    {
        var cut = Render<Login>();

        Assert.Equal("User name", cut.Find("label[for=username]").TextContent);
        var field = cut.Find("form input#username");
        Assert.Equal("username", field.GetAttribute("autocomplete"));
        Assert.True(field.HasAttribute("autofocus"));
        Assert.NotEqual("password", field.GetAttribute("type"));
    }

    [Fact]
    public void Render_WhenShown_HasLabelledPasswordField()
    {
        var cut = Render<Login>();

        Assert.Equal("Password", cut.Find("label[for=password]").TextContent);
        var field = cut.Find("form input#password");
        Assert.Equal("password", field.GetAttribute("type"));
        Assert.Equal("current-password", field.GetAttribute("autocomplete"));
    }

    [Fact]
    public void Render_WhenShown_PostsTheFormWithASubmitButton()
    {
        var cut = Render<Login>();

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.True(form.HasAttribute("novalidate"));
        var button = form.QuerySelector("button[type=submit]");
        Assert.NotNull(button);
        Assert.Equal("Sign in", button.TextContent);
    }

    [Fact]
    public void Render_WhenShown_IncludesTheAntiforgeryToken()
    {
        var cut = Render<Login>();

        Assert.Single(cut.FindComponents<AntiforgeryToken>());
        var token = cut.Find($"form input[type=hidden][name={AntiforgeryField}]");
        Assert.Equal(AntiforgeryValue, token.GetAttribute("value"));
    }

    [Fact]
    public void Render_WhenShown_HasHeadingAndNoFailureMessage()
    {
        var cut = Render<Login>();

        Assert.Equal("Sign in", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("[role=alert]"));
        Assert.DoesNotContain(Login.FailureMessage, cut.Markup, StringComparison.Ordinal);
    }
}
