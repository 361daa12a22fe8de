using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Services;

namespace BananPark.Cms.Identity.Tests;

public sealed class UserAdminServiceTests : IdentityTenant
{
    [Fact]
    public async Task DeleteAsync_WhenTheLastEnabledAdministrator_Refuses()
    {
        var only = await UserAsync("only-admin", SystemRoles.Administrator);
        var actor = Principal(await UserAsync("helper"), SystemRoles.Administrator);

        var result = await Users(s => s.DeleteAsync(actor, only.Id));

        Assert.False(result.Succeeded);
        Assert.Contains("last enabled Administrator", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_WhenRemovingAdministratorFromTheLastOne_Refuses()
    {
        var only = await UserAsync("only-admin", SystemRoles.Administrator);

        var result = await Users(s => s.UpdateAsync(Principal(only, SystemRoles.Administrator), only.Id, new UserChanges(null, null, [SystemRoles.Editor])));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task SetEnabledAsync_WhenDisablingOneself_Refuses()
    {
        await UserAsync("first-admin", SystemRoles.Administrator);
        var me = await UserAsync("second-admin", SystemRoles.Administrator);

        var result = await Users(s => s.SetEnabledAsync(Principal(me, SystemRoles.Administrator), me.Id, enabled: false));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task UpdateAsync_WhenGrantingARoleWithPermissionsTheActorLacks_Refuses()
    {
        await RoleAsync("UserManager", "AccessAdminPanel", "ManageUsers");
        var actor = Principal(await UserAsync("manager", "UserManager"), "UserManager");
        var target = await UserAsync("target");

        var editor = await Users(s => s.UpdateAsync(actor, target.Id, new UserChanges(null, null, [SystemRoles.Editor])));
        var administrator = await Users(s => s.UpdateAsync(actor, target.Id, new UserChanges(null, null, [SystemRoles.Administrator])));

        Assert.False(editor.Succeeded);
        Assert.Contains("Editor", editor.Errors[0], StringComparison.Ordinal);
        Assert.False(administrator.Succeeded);
    }

    [Fact]
    public async Task UpdateAsync_WhenGrantingARoleTheActorFullyHolds_Succeeds()
    {
        await RoleAsync("UserManager", "AccessAdminPanel", "ManageUsers", "EditContent");
        await RoleAsync("Proofreader", "EditContent");
        var actor = Principal(await UserAsync("manager", "UserManager"), "UserManager");
        var target = await UserAsync("target");

        var result = await Users(s => s.UpdateAsync(actor, target.Id, new UserChanges("Proof Reader", "proof@example.com", ["Proofreader"], "a long enough password")));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var grantable = await Users(s => s.GrantableRolesAsync(actor));
        Assert.Contains("Proofreader", grantable);
        Assert.Contains(SystemRoles.Contributor, grantable);
        Assert.DoesNotContain(SystemRoles.Author, grantable);
        Assert.DoesNotContain(SystemRoles.Editor, grantable);
        Assert.DoesNotContain(SystemRoles.Administrator, grantable);
    }

    [Fact]
    public async Task CreateAsync_WithoutPassword_GeneratesOneThatMustBeChanged()
    {
        var actor = Principal(await UserAsync("admin", SystemRoles.Administrator), SystemRoles.Administrator);

        var (result, user, password) = await Tenant.RunAsync<UserAdminService, (AdminResult, Data.CmsUser?, string?)>(
            s => s.CreateAsync(actor, new NewUser("newcomer", "New Comer", null, null, [SystemRoles.Author])));

        Assert.True(result.Succeeded);
        Assert.True(user!.MustChangePassword);
        Assert.True(PasswordRules.Check(password, "newcomer").Succeeded);
    }

    [Fact]
    public async Task DeleteAsync_WhenSystemRole_Refuses()
    {
        var actor = Principal(await UserAsync("admin", SystemRoles.Administrator), SystemRoles.Administrator);

        var result = await Tenant.RunAsync<RoleAdminService, AdminResult>(s => s.DeleteAsync(actor, SystemRoles.Editor));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task RoleUpdateAsync_WhenAddingAPermissionTheActorLacks_Refuses()
    {
        await RoleAsync("RoleManager", "AccessAdminPanel", "ManageRoles");
        await RoleAsync("Reader", "AccessAdminPanel");
        var actor = Principal(await UserAsync("rm", "RoleManager"), "RoleManager");

        var result = await Tenant.RunAsync<RoleAdminService, AdminResult>(s => s.UpdateAsync(actor, "Reader", null, ["AccessAdminPanel", "ImportRecipes"]));

        Assert.False(result.Succeeded);
        Assert.Contains("ImportRecipes", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_WhenPageIsPastTheEnd_ShowsTheLastPage()
    {
        for (var i = 0; i < UserAdminService.PageSize + 3; i++)
        {
            await UserAsync($"user{i:D2}");
        }

        var (rows, total) = await Users(s => s.SearchAsync(new UserSearch(Page: 99)));

        Assert.Equal(UserAdminService.PageSize + 3, total);
        Assert.Equal(3, rows.Count);
    }

    private Task<T> Users<T>(Func<UserAdminService, Task<T>> action) => Tenant.RunAsync(action);
}
