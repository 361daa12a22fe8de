using System.Globalization;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Components.Admin;
using BananPark.Cms.Identity.Data;
using Bunit;
using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Admin.Tests;

public sealed class UserEditTests : TenantComponentTest
{
    [Fact]
    public async Task Render_WhenIdIsUnknown_ShowsUserNotFound()
    {
        var ann = await CreateUserAsync("ann");
        var cut = RenderAs<UserEdit>(Administrator, p => p.Add(x => x.Id, ann.Id));
        cut.WaitForAssertion(() => Assert.Equal("ann", cut.Find("h1").TextContent));

        cut.Render(p => p.Add(x => x.Id, "no-such-user"));

        cut.WaitForAssertion(() => Assert.Equal("User not found", cut.Find("h1").TextContent));
        Assert.Equal("/admin/users", cut.Find("p a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("form"));
    }

    [Fact]
    public async Task Render_WhenUserExists_ShowsNameStatusAndDetails()
    {
        var ann = await CreateUserAsync("ann", SystemRoles.Editor);

        var cut = RenderAs<UserEdit>(Administrator, p => p.Add(x => x.Id, ann.Id));

        cut.WaitForAssertion(() => Assert.Equal("ann", cut.Find("h1").TextContent));
        Assert.Equal("Enabled · created " + ann.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " · last sign-in never", cut.Find("p.muted").TextContent);
        Assert.Equal("ann display", cut.Find("input#displayname").GetAttribute("value"));
        Assert.Equal("ann@example.com", cut.Find("input#email").GetAttribute("value"));
        Assert.Equal("Disable user", cut.Find(".actions form button").TextContent);
    }

    [Fact]
    public async Task Render_WhenUserHoldsRoles_ChecksThemAmongTheGrantableRoles()
    {
        var ann = await CreateUserAsync("ann", SystemRoles.Editor);

        var cut = RenderAs<UserEdit>(Administrator, p => p.Add(x => x.Id, ann.Id));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("fieldset input[type=checkbox]").Count));
        Assert.Equal(["Editor"], cut.FindAll("fieldset input[type=checkbox][checked]").Select(i => i.GetAttribute("value")));
        Assert.Empty(cut.FindAll("fieldset .locked"));
    }

    [Fact]
    public async Task Render_WhenUserHoldsARoleTheActorCannotGrant_LocksThatRole()
    {
        var keeper = await CreateUserAsync("keeper", "Account keepers", CmsPermissions.AccessAdminPanel, CmsPermissions.ManageUsers,
            CmsPermissions.EditOwnContent, CmsPermissions.PreviewOwnContent, CmsPermissions.CloneOwnContent, CmsPermissions.ViewContent);
        var ann = await CreateUserAsync("ann", SystemRoles.Editor);

        var cut = RenderAs<UserEdit>(SignedIn(keeper, "Account keepers"), p => p.Add(x => x.Id, ann.Id));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("fieldset label.locked")));
        var locked = cut.Find("fieldset label.locked input");
        Assert.True(locked.HasAttribute("disabled"));
        Assert.Contains("Editor", cut.Find("fieldset label.locked").TextContent);
        Assert.Equal("Editor", cut.Find("fieldset input[type=hidden][name=Roles]").GetAttribute("value"));
        Assert.Equal(["Account keepers", "Contributor"], cut.FindAll("fieldset input[type=checkbox][name=Roles]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Render_WhenUserIsDisabled_OffersToEnableThem()
    {
        var ann = await CreateUserAsync("ann");
        await Tenant.RunAsync<UserManager<CmsUser>>(async users =>
        {
            var user = await users.FindByIdAsync(ann.Id);
            user!.Enabled = false;
            user.LastSignInUtc = new DateTime(2026, 3, 4, 5, 6, 0, DateTimeKind.Utc);
            await users.UpdateAsync(user);
        });

        var cut = RenderAs<UserEdit>(Administrator, p => p.Add(x => x.Id, ann.Id));

        cut.WaitForAssertion(() => Assert.StartsWith("Disabled", cut.Find("p.muted").TextContent, StringComparison.Ordinal));
        Assert.EndsWith("last sign-in 2026-03-04 05:06 UTC", cut.Find("p.muted").TextContent, StringComparison.Ordinal);
        Assert.Contains("Enable user", cut.FindAll(".actions button").Select(b => b.TextContent));
    }

    [Fact]
    public async Task Render_WhenUserExists_EveryFormPostsWithAnAntiforgeryToken()
    {
        var ann = await CreateUserAsync("ann");

        var cut = RenderAs<UserEdit>(Administrator, p => p.Add(x => x.Id, ann.Id));

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("form").Count));
        Assert.All(cut.FindAll("form"), form =>
        {
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        });
        Assert.Equal(["Save", "Disable user", "Sign out everywhere", "Reset password", "Delete user"], cut.FindAll("form button[type=submit]").Select(b => b.TextContent));
        Assert.Equal("Signed in now: 0 sessions", cut.Find("#session-count").TextContent);
        Assert.Equal("password", cut.Find("form input[name=CurrentPassword]").GetAttribute("type"));
        var confirm = cut.Find("form.delete-form input[name=confirm]");
        Assert.True(confirm.HasAttribute("required"));
        Assert.Contains("I want to delete ann for good", cut.Find("form.delete-form label").TextContent);
    }
}
