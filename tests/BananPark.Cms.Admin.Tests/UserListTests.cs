using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Components.Admin;
using BananPark.Cms.Identity.Data;
using Bunit;
using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Admin.Tests;

public sealed class UserListTests : TenantComponentTest
{
    [Fact]
    public async Task Render_WhenUsersExist_ListsThemWithRolesAndStatus()
    {
        var ann = await CreateUserAsync("ann", SystemRoles.Editor);
        await CreateUserAsync("bob");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("2 users", cut.Find("p[role=status]").TextContent));
        var first = cut.FindAll("tbody tr")[0];
        first.MarkupMatches($"""
            <tr>
              <th scope="row"><a href="/admin/users/{ann.Id}">ann</a></th>
              <td>ann display</td>
              <td>ann@example.com</td>
              <td>Editor</td>
              <td>Enabled</td>
              <td>never</td>
            </tr>
            """);
        Assert.Equal(["ann", "bob"], UserNames(cut));
    }

    [Fact]
    public async Task Render_WhenQueryHasSearchText_ListsOnlyMatchingUsers()
    {
        await CreateUserAsync("alice");
        await CreateUserAsync("bob");
        await CreateUserAsync("malik");
        NavigateTo("/admin/users?q=li");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("2 users", cut.Find("p[role=status]").TextContent));
        Assert.Equal(["alice", "malik"], UserNames(cut));
        Assert.Equal("li", cut.Find("input#q").GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WhenSearchTextHasLikeWildcard_MatchesItLiterally()
    {
        await CreateUserAsync("a_b");
        await CreateUserAsync("axb");
        NavigateTo("/admin/users?q=a_b");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("1 user", cut.Find("p[role=status]").TextContent));
        Assert.Equal(["a_b"], UserNames(cut));
    }

    [Fact]
    public async Task Render_WhenQueryAsksForDisabledUsers_ListsOnlyThem()
    {
        await CreateUserAsync("active");
        var gone = await CreateUserAsync("gone");
        await Tenant.RunAsync<UserManager<CmsUser>>(async users =>
        {
            var user = await users.FindByIdAsync(gone.Id);
            user!.Enabled = false;
            await users.UpdateAsync(user);
        });
        NavigateTo("/admin/users?status=disabled");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("1 user", cut.Find("p[role=status]").TextContent));
        Assert.Equal(["gone"], UserNames(cut));
        Assert.Equal("Disabled", cut.Find("tbody tr td:nth-of-type(4)").TextContent);
        Assert.True(cut.Find("select#status option[value=disabled]").HasAttribute("selected"));
    }

    [Fact]
    public async Task Render_WhenQueryHasRole_ListsOnlyItsMembersAndSelectsIt()
    {
        await CreateUserAsync("ann", SystemRoles.Editor);
        await CreateUserAsync("bob", SystemRoles.Author);
        NavigateTo("/admin/users?role=Author");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("1 user", cut.Find("p[role=status]").TextContent));
        Assert.Equal(["bob"], UserNames(cut));
        Assert.True(cut.Find("select#role option[value=Author]").HasAttribute("selected"));
    }

    [Fact]
    public async Task Render_WhenActorCannotGrantSomeRoles_LeavesThemOutOfTheRoleFilter()
    {
        var keeper = await CreateUserAsync("keeper", "Account keepers", CmsPermissions.AccessAdminPanel, CmsPermissions.ManageUsers,
            CmsPermissions.EditOwnContent, CmsPermissions.PreviewOwnContent, CmsPermissions.CloneOwnContent, CmsPermissions.ViewContent);

        var cut = RenderAs<UserList>(SignedIn(keeper, "Account keepers"));

        cut.WaitForAssertion(() => Assert.Equal("1 user", cut.Find("p[role=status]").TextContent));
        Assert.Equal(["", "Account keepers", "Contributor"], cut.FindAll("select#role option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Render_WhenMoreUsersThanFitOnAPage_ShowsThePagerWithTheFilters()
    {
        await Tenant.RunAsync<UserManager<CmsUser>>(async users =>
        {
            for (var i = 0; i < 26; i++)
            {
                await users.CreateAsync(new CmsUser { UserName = $"user{i:00}", CreatedUtc = DateTime.UtcNow });
            }
        });
        NavigateTo("/admin/users?q=user");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("26 users", cut.Find("p[role=status]").TextContent));
        Assert.Equal(25, cut.FindAll("tbody tr").Count);
        Assert.Equal("?q=user&page=2", cut.Find("nav.pager a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public async Task Render_WhenQueryAsksForSecondPage_ShowsTheRest()
    {
        await Tenant.RunAsync<UserManager<CmsUser>>(async users =>
        {
            for (var i = 0; i < 26; i++)
            {
                await users.CreateAsync(new CmsUser { UserName = $"user{i:00}", CreatedUtc = DateTime.UtcNow });
            }
        });
        NavigateTo("/admin/users?page=2");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(["user25"], UserNames(cut)));
        Assert.Equal("Page 2 of 2", cut.Find("nav.pager span").TextContent);
    }

    [Theory]
    [InlineData("abc", "Page 1 of 2", "user00")]
    [InlineData("-1", "Page 1 of 2", "user00")]
    [InlineData("99999999999", "Page 2 of 2", "user25")]
    public async Task Render_WhenPageIsNotANumberOrPastTheEnd_ShowsTheFirstOrTheLastPage(string page, string pager, string firstUser)
    {
        await Tenant.RunAsync<UserManager<CmsUser>>(async users =>
        {
            for (var i = 0; i < 26; i++)
            {
                await users.CreateAsync(new CmsUser { UserName = $"user{i:00}", CreatedUtc = DateTime.UtcNow });
            }
        });
        NavigateTo($"/admin/users?page={page}");

        var cut = RenderAs<UserList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(firstUser, UserNames(cut)[0]));
        Assert.Equal(pager, cut.Find("nav.pager span").TextContent);
    }

    private static List<string> UserNames(IRenderedComponent<UserList> cut)
        => cut.FindAll("tbody th[scope=row] a").Select(a => a.TextContent).ToList();
}
