using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Components.Admin;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class RoleListTests : TenantComponentTest
{
    [Fact]
    public async Task Render_WhenRolesExist_MarksOnlySystemRolesAsSystem()
    {
        await CreateUserAsync("reviewer", "Reviewers", CmsPermissions.ViewContent);

        var cut = RenderAs<RoleList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(7, cut.FindAll("tbody tr").Count));
        var system = cut.FindAll("tbody th[scope=row]").Where(th => th.QuerySelector("span.badge")?.TextContent == "system").Select(th => th.QuerySelector("a")!.TextContent);
        Assert.Equal(["Administrator", "Anonymous", "Authenticated", "Author", "Contributor", "Editor"], system);
        Assert.Null(Row(cut, "Reviewers").QuerySelector(".badge"));
    }

    [Fact]
    public async Task Render_WhenRoleHasMembers_CountsThemAndItsPermissions()
    {
        await CreateUserAsync("r1", "Reviewers", CmsPermissions.ViewContent, CmsPermissions.PreviewContent);
        await CreateUserAsync("r2", "Reviewers");

        var cut = RenderAs<RoleList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(7, cut.FindAll("tbody tr").Count));
        Row(cut, "Reviewers").MarkupMatches("""
            <tr>
              <th scope="row"><a href="/admin/roles/Reviewers">Reviewers</a></th>
              <td></td>
              <td>2</td>
              <td>2</td>
            </tr>
            """);
    }

    [Fact]
    public void Render_WhenListed_ShowsEveryoneForImplicitRolesAndAllForAdministrator()
    {
        var cut = RenderAs<RoleList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("tbody tr").Count));
        Assert.Equal(["everyone", "1"], Cells(cut, "Authenticated"));
        Assert.Equal(["everyone", "1"], Cells(cut, "Anonymous"));
        Assert.Equal(["0", "all"], Cells(cut, "Administrator"));
        Assert.Equal(["0", "7"], Cells(cut, "Editor"));
    }

    [Fact]
    public async Task Render_WhenRoleNameHasASpace_EscapesItInTheLink()
    {
        await CreateUserAsync("r1", "Site editors", CmsPermissions.ViewContent);

        var cut = RenderAs<RoleList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(7, cut.FindAll("tbody tr").Count));
        Assert.Equal("/admin/roles/Site%20editors", Row(cut, "Site editors").QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("/admin/roles/new", cut.Find(".page-heading a").GetAttribute("href"));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<RoleList> cut, string role)
        => cut.FindAll("tbody tr").Single(tr => tr.QuerySelector("th a")!.TextContent == role);

    private static List<string> Cells(IRenderedComponent<RoleList> cut, string role)
        => Row(cut, role).QuerySelectorAll("td").Skip(1).Select(td => td.TextContent).ToList();
}
