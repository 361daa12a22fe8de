using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Components.Admin;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class UserCreateTests : TenantComponentTest
{
    [Theory]
    [InlineData("username", "User name")]
    [InlineData("displayname", "Display name")]
    [InlineData("email", "Email")]
    [InlineData("password", "Password")]
    public void Render_WhenShown_HasALabelledField(string id, string label)
    {
        var cut = RenderAs<UserCreate>(Administrator);

        Assert.Equal(label, cut.Find($"label[for={id}]").TextContent);
        Assert.NotNull(cut.Find($"form input#{id}"));
    }

    [Fact]
    public void Render_WhenShown_ExplainsThatAnEmptyPasswordIsGenerated()
    {
        var cut = RenderAs<UserCreate>(Administrator);

        var password = cut.Find("input#password");
        Assert.Equal("password", password.GetAttribute("type"));
        Assert.Equal("new-password", password.GetAttribute("autocomplete"));
        Assert.Equal("password-hint", password.GetAttribute("aria-describedby"));
        Assert.Equal("Leave empty to generate one; the user must change it at the first sign-in.", cut.Find("#password-hint").TextContent);
        Assert.Equal("email", cut.Find("input#email").GetAttribute("type"));
    }

    [Fact]
    public void Render_WhenShown_PostsWithAntiforgeryTokenAndNoMessages()
    {
        var cut = RenderAs<UserCreate>(Administrator);

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Create user", form.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Empty(cut.FindAll("[role=alert], [role=status]"));
    }

    [Fact]
    public void Render_WhenActorIsAdministrator_OffersEveryAssignableRoleUnchecked()
    {
        var cut = RenderAs<UserCreate>(Administrator);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("fieldset input[type=checkbox]")));
        Assert.Equal(["Administrator", "Author", "Contributor", "Editor"], RoleBoxes(cut));
        Assert.Empty(cut.FindAll("fieldset input[checked], fieldset input[disabled]"));
    }

    [Fact]
    public async Task Render_WhenActorHoldsFewerPermissions_OffersOnlyRolesTheyCanGrant()
    {
        var keeper = await CreateUserAsync("keeper", "Account keepers", CmsPermissions.AccessAdminPanel, CmsPermissions.ManageUsers,
            CmsPermissions.EditOwnContent, CmsPermissions.PreviewOwnContent, CmsPermissions.CloneOwnContent, CmsPermissions.ViewContent);

        var cut = RenderAs<UserCreate>(SignedIn(keeper, "Account keepers"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("fieldset input[type=checkbox]")));
        Assert.Equal(["Account keepers", "Contributor"], RoleBoxes(cut));
    }

    private static List<string?> RoleBoxes(IRenderedComponent<UserCreate> cut)
        => cut.FindAll("fieldset input[type=checkbox][name=Roles]").Select(i => i.GetAttribute("value")).ToList();
}
