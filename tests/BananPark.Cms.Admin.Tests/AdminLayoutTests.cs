using System.Security.Claims;
using BananPark.Cms.Admin.Components.Layout;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Services;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class AdminLayoutTests : TenantComponentTest
{
    [Fact]
    public void Render_WhenUserIsAdministrator_ShowsEveryAdminLink()
    {
        var cut = RenderAs<AdminLayout>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(["Dashboard", "Content", "Trash", "Content types", "Users", "Roles", "Settings", "Audit trail", "Security log", "Import a recipe", "Export a recipe", "View the site"], NavLinks(cut)));
        Assert.Equal(["/admin", "/admin/content", "/admin/content/trash", "/admin/content-types", "/admin/users", "/admin/roles", "/admin/settings", "/admin/audit-trail", "/admin/security-log", "/admin/recipes/import", "/admin/recipes/export", "/"],
            cut.FindAll("nav.admin-nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Render_WhenUserLacksManageUsers_HidesUsersLink()
    {
        var user = await CreateUserAsync("auditor", "Auditors", CmsPermissions.AccessAdminPanel, CmsPermissions.ManageRoles, CmsPermissions.ViewAuditTrail);

        var cut = RenderAs<AdminLayout>(SignedIn(user, "Auditors"));

        cut.WaitForAssertion(() => Assert.Contains("Roles", NavLinks(cut)));
        Assert.Equal(["Dashboard", "Roles", "Security log", "View the site"], NavLinks(cut));
    }

    [Fact]
    public async Task Render_WhenUserHoldsOnlyManageUsers_HidesRolesAndSecurityLogLinks()
    {
        var user = await CreateUserAsync("keeper", "Account keepers", CmsPermissions.AccessAdminPanel, CmsPermissions.ManageUsers);

        var cut = RenderAs<AdminLayout>(SignedIn(user, "Account keepers"));

        cut.WaitForAssertion(() => Assert.Contains("Users", NavLinks(cut)));
        Assert.Equal(["Dashboard", "Users", "View the site"], NavLinks(cut));
    }

    [Fact]
    public async Task Render_WhenUserIsEditor_ShowsOnlyDashboardAndSite()
    {
        var user = await CreateUserAsync("ed", SystemRoles.Editor);

        var cut = RenderAs<AdminLayout>(SignedIn(user, SystemRoles.Editor));

        cut.WaitForAssertion(() => Assert.Contains("Dashboard", NavLinks(cut)));
        Assert.Equal(["Dashboard", "View the site"], NavLinks(cut));
    }

    [Fact]
    public void Render_WhenOnAUserPage_MarksOnlyTheUsersLinkActive()
    {
        NavigateTo("/admin/users/some-id");

        var cut = RenderAs<AdminLayout>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("active", cut.Find("nav.admin-nav a[href='/admin/users']").GetAttribute("class")));
        Assert.Single(cut.FindAll("nav.admin-nav a.active"));
    }

    [Fact]
    public void Render_WhenSessionHasDisplayName_ShowsIt()
    {
        var user = SignedIn("u1", "ada", SystemRoles.Administrator);
        ((ClaimsIdentity)user.Identity!).AddClaim(new Claim(AccountClaims.DisplayName, "Ada Lovelace"));

        var cut = RenderAs<AdminLayout>(user);

        Assert.Equal("Signed in as Ada Lovelace", cut.Find(".admin-user span").TextContent);
        Assert.Equal("Ada Lovelace", cut.Find(".admin-user strong").TextContent);
    }

    [Fact]
    public void Render_WhenSessionHasNoDisplayName_ShowsTheUserName()
    {
        var cut = RenderAs<AdminLayout>(SignedIn("u1", "ada", SystemRoles.Administrator));

        Assert.Equal("ada", cut.Find(".admin-user strong").TextContent);
    }

    [Fact]
    public void Render_Always_OffersSignOutAsAPostWithAntiforgeryToken()
    {
        var cut = RenderAs<AdminLayout>(Administrator);

        var form = cut.Find("form[action='/logout']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Sign out", form.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Equal("/admin/change-password", cut.Find(".admin-user a").GetAttribute("href"));
    }

    [Fact]
    public void Render_WhenGivenBody_PutsItInTheMainLandmark()
    {
        var cut = RenderAs<AdminLayout>(Administrator, p => p.Add(x => x.Body, "<h1>Users</h1>"));

        var main = cut.Find("main#main");
        Assert.Equal("-1", main.GetAttribute("tabindex"));
        main.MarkupMatches("""<main id="main" class="admin-main" tabindex="-1"><h1>Users</h1></main>""");
    }

    private static List<string> NavLinks(IRenderedComponent<AdminLayout> cut)
        => cut.FindAll("nav.admin-nav a").Select(a => a.TextContent).ToList();
}
