using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;

namespace BananPark.Cms.Identity.Tests;

public sealed class PermissionCheckerTests : IdentityTenant
{
    [Fact]
    public async Task HasPermissionAsync_WhenAdministrator_HoldsEverything()
    {
        var admin = Principal(await UserAsync("root", SystemRoles.Administrator), SystemRoles.Administrator);

        Assert.True(await Has(admin, "ManageUsers"));
        Assert.True(await Has(admin, "Delete_Enterprise"));
        Assert.True(await Has(admin, "SomethingNoFeatureDefines"));
    }

    [Fact]
    public async Task HasPermissionAsync_WhenRoleHasNoPermissions_GrantsNothingBeyondSignedInUsers()
    {
        await RoleAsync("Empty");
        var user = Principal(await UserAsync("empty", "Empty"), "Empty");

        Assert.False(await Has(user, "AccessAdminPanel"));
        Assert.False(await Has(user, "ManageUsers"));
        Assert.False(await Has(user, "Edit_Enterprise"));
        Assert.True(await Has(user, "View_Enterprise"));
    }

    [Fact]
    public async Task HasPermissionAsync_WhenEditor_EditsEveryTypeButManagesNoUsers()
    {
        var editor = Principal(await UserAsync("ed", SystemRoles.Editor), SystemRoles.Editor);

        Assert.True(await Has(editor, "Edit_Enterprise"));
        Assert.True(await Has(editor, "Publish_Park"));
        Assert.False(await Has(editor, "ManageUsers"));
        Assert.False(await Has(editor, "ImportRecipes"));
    }

    [Fact]
    public async Task HasPermissionAsync_AfterARoleChange_SeesTheNewPermissions()
    {
        await RoleAsync("Translator", "Edit_Group");
        var user = Principal(await UserAsync("tr", "Translator"), "Translator");
        Assert.False(await Has(user, "Edit_Enterprise"));

        await RoleAsync("Translator", "Edit_Group", "Edit_Enterprise");

        Assert.True(await Has(user, "Edit_Enterprise"));
    }

    private Task<bool> Has(System.Security.Claims.ClaimsPrincipal user, string permission)
        => Tenant.RunAsync<PermissionChecker, bool>(checker => checker.HasPermissionAsync(user, permission));
}
