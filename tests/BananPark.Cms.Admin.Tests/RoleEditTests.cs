using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Components.Admin;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

public sealed class RoleEditTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public void Render_WhenRoleExists_ShowsAMatrixRowPerSecurableContentType()
    {
        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, SystemRoles.Editor));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("table.matrix tbody tr").Count));
        Assert.Equal(["Park", "Group", "Cluster", "Enterprise"], cut.FindAll("table.matrix tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(["Type", .. ContentTypePermissions.Kinds], cut.FindAll("table.matrix thead th").Select(th => th.TextContent));
        Assert.All(cut.FindAll("table.matrix tbody tr"), row => Assert.Equal(ContentTypePermissions.Kinds.Count, row.QuerySelectorAll("td input[type=checkbox][name=Permissions]").Length));
        Assert.Equal("Edit Enterprise", cut.Find("input[value=Edit_Enterprise]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Render_WhenRoleGrantsPermissions_ChecksExactlyTheirBoxes()
    {
        await CreateRoleAsync("Enterprise editors", "Edit_Enterprise", "Publish_Enterprise", CmsPermissions.ManageUsers.Name);

        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, "Enterprise editors"));

        cut.WaitForAssertion(() => Assert.Equal("Enterprise editors", cut.Find("h1").TextContent));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("table.matrix")));
        Assert.Equal(["ManageUsers", "Edit_Enterprise", "Publish_Enterprise"], cut.FindAll("input[name=Permissions][checked]").Select(i => i.GetAttribute("value")));
        Assert.False(cut.Find("input[value=Edit_Park]").HasAttribute("checked"));
        Assert.False(cut.Find("input[value=View_Enterprise]").HasAttribute("checked"));
        Assert.Equal("Test role", cut.Find("input#description").GetAttribute("value"));
    }

    [Fact]
    public void Render_WhenRoleExists_GroupsGlobalPermissionsByCategory()
    {
        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, SystemRoles.Editor));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("table.matrix")));
        var legends = cut.FindAll("form fieldset.choices legend").Select(l => l.TextContent).ToList();
        Assert.Equal(CmsPermissions.All.Select(p => p.Category).Distinct(), legends);
        var content = cut.FindAll("form fieldset.choices").Single(f => f.QuerySelector("legend")!.TextContent == "Content");
        Assert.Contains(content.QuerySelectorAll("input[checked]"), i => i.GetAttribute("value") == "PublishContent");
        Assert.DoesNotContain(cut.FindAll("input[checked]"), i => i.GetAttribute("value") == "ManageUsers");
    }

    [Fact]
    public async Task Render_WhenRoleHoldsAnUnknownPermission_KeepsItInAHiddenInput()
    {
        await CreateRoleAsync("Legacy", "Retired_Permission", CmsPermissions.ViewContent.Name);

        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, "Legacy"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("input[type=hidden][name=Permissions]")));
        Assert.Equal("Retired_Permission", cut.Find("input[type=hidden][name=Permissions]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("input[type=checkbox][value=Retired_Permission]"));
    }

    [Fact]
    public void Render_WhenRoleIsAdministrator_SaysItHoldsEverythingAndOffersNoDelete()
    {
        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, SystemRoles.Administrator));

        cut.WaitForAssertion(() => Assert.Equal("Administrator", cut.Find("h1").TextContent));
        Assert.Equal("Administrators hold every permission, whatever is ticked here.", cut.Find("p.hint").TextContent);
        Assert.Empty(cut.FindAll("form.delete-form"));
    }

    [Fact]
    public async Task Render_WhenRoleIsNotASystemRole_OffersDeleteWithConfirmation()
    {
        await CreateRoleAsync("Reviewers", CmsPermissions.ViewContent.Name);

        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, "Reviewers"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("form.delete-form")));
        Assert.Empty(cut.FindAll("p.hint"));
        Assert.All(cut.FindAll("form"), form =>
        {
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        });
        Assert.True(cut.Find("form.delete-form input[name=confirm]").HasAttribute("required"));
        Assert.Equal(["Save role", "Delete role"], cut.FindAll("form button[type=submit]").Select(b => b.TextContent));
    }

    [Fact]
    public void Render_WhenRoleIsASystemRole_OffersNoDelete()
    {
        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, SystemRoles.Editor));

        cut.WaitForAssertion(() => Assert.Equal("Editor", cut.Find("h1").TextContent));
        Assert.Empty(cut.FindAll("form.delete-form"));
        Assert.Single(cut.FindAll("form"));
    }

    [Fact]
    public void Render_WhenRoleIsUnknown_ShowsRoleNotFound()
    {
        var cut = RenderAs<RoleEdit>(Administrator, p => p.Add(x => x.Name, SystemRoles.Editor));
        cut.WaitForAssertion(() => Assert.Equal("Editor", cut.Find("h1").TextContent));

        cut.Render(p => p.Add(x => x.Name, "Nobody"));

        cut.WaitForAssertion(() => Assert.Equal("Role not found", cut.Find("h1").TextContent));
        Assert.Equal("/admin/roles", cut.Find("p a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("form"));
    }

    private Task<CmsRole> CreateRoleAsync(string name, params string[] permissions) => Tenant.RunScopeAsync(async services =>
    {
        var roles = services.GetRequiredService<RoleService>();
        var role = await roles.EnsureAsync(name, "Test role");
        await roles.SetPermissionsAsync(role, permissions);
        return role;
    });
}
