using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Identity.Services;

namespace BananPark.Cms.Identity.Tests;

public sealed class RolesStepTests : IdentityTenant
{
    [Fact]
    public async Task Import_WhenOrchardRolesStep_CreatesTheRoleAndReportsUnknownPermissions()
    {
        var report = await Tenant.ImportAsync("""
            {"name":"roles","steps":[{"name":"Roles","Roles":[{"Name":"Translator","Description":"Translates listings","Permissions":["Edit_Enterprise","ManageMediaContent"]}]}]}
            """);

        Assert.Equal(["Edit_Enterprise", "ManageMediaContent"], (await Permissions("Translator")).Order(StringComparer.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("ManageMediaContent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Add", new[] { "AccessAdminPanel", "CloneContent", "DeleteContent", "EditContent", "ManageUsers", "PreviewContent", "PublishContent", "ViewContent" })]
    [InlineData("Remove", new[] { "AccessAdminPanel", "CloneContent", "EditContent", "PreviewContent", "PublishContent", "ViewContent" })]
    [InlineData("Replace", new[] { "DeleteContent", "ManageUsers" })]
    public async Task Import_WithPermissionBehavior_AddsRemovesOrReplaces(string behavior, string[] expected)
    {
        await Tenant.ImportAsync($$"""
            {"name":"roles","steps":[{"name":"Roles","Roles":[{"Name":"Editor","PermissionBehavior":"{{behavior}}","Permissions":["ManageUsers","DeleteContent"]}]}]}
            """);

        Assert.Equal(expected.Order(StringComparer.Ordinal), (await Permissions("Editor")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_WhenARoleHasNoName_RejectsAndStoresNothing()
    {
        var before = await Tenant.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => Tenant.ImportAsync("""{"name":"roles","steps":[{"name":"Roles","Roles":[{"Permissions":[]}]}]}"""));

        Assert.Equal("$.steps[0].Roles[0]", error.JsonPath);
        Assert.Equal(before, await Tenant.SnapshotAsync());
    }

    private Task<IReadOnlySet<string>> Permissions(string role)
        => Tenant.RunAsync<RoleAdminService, IReadOnlySet<string>>(async roles => (await roles.GetAsync(role)).Permissions);
}
