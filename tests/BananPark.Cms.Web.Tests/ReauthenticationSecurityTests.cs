using System.Net;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Re-authentication (ASVS V7.5, part of the session attack class): a new email, a new password, two-step settings and an
/// Administrator's roles need the current password (or a code of the app) posted with the change; a wrong one changes nothing.
/// </summary>
public sealed class ReauthenticationSecurityTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Password = "reauth tests long password";

    [Theory]
    [InlineData("")]
    [InlineData("not the password")]
    public async Task UserEdit_NewEmailWithoutTheRightPassword_IsRefusedAndChangesNothing(string given)
    {
        var target = await site.CreateUserAsync($"reauth-{Guid.NewGuid():N}"[..18], Password, SystemRoles.Editor);
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);

        var response = await PostUserAsync(admin, target, "new@example.com", [SystemRoles.Editor], given);

        Assert.Contains(System.Net.WebUtility.HtmlEncode(Reauthentication.Refused), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Null((await FindAsync(target)).Email);
    }

    [Fact]
    public async Task UserEdit_NewEmailWithTheRightPassword_IsSaved()
    {
        var target = await site.CreateUserAsync($"reauth-{Guid.NewGuid():N}"[..18], Password, SystemRoles.Editor);
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);

        var response = await PostUserAsync(admin, target, "new@example.com", [SystemRoles.Editor], Forms.AdminPassword);

        Assert.Contains("Saved.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("new@example.com", (await FindAsync(target)).Email);
    }

    [Fact]
    public async Task UserEdit_MakingSomeoneAdministratorWithAWrongPassword_IsRefused()
    {
        var target = await site.CreateUserAsync($"reauth-{Guid.NewGuid():N}"[..18], Password, SystemRoles.Editor);
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);

        await PostUserAsync(admin, target, null, [SystemRoles.Editor, SystemRoles.Administrator], "wrong password entirely");
        var roles = await RolesAsync(target);
        await PostUserAsync(admin, target, null, [SystemRoles.Author], null);

        Assert.Equal([SystemRoles.Editor], roles);
        Assert.Equal([SystemRoles.Author], await RolesAsync(target));
    }

    [Fact]
    public async Task TwoFactorTurnOff_WithAWrongPassword_IsRefusedAndStaysOn()
    {
        var user = await site.CreateUserAsync($"reauth-{Guid.NewGuid():N}"[..18], Password, SystemRoles.Editor);
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
        }

        var client = site.NewClient();
        await Forms.SignInAsync(client, user.UserName!, Password);
        var key = await KeyAsync(user);
        await Forms.PostAsync(client, TwoFactorSignIn.Path, "two-factor", [new("Input.Code", Totp.Code(key))]);

        var refused = await Forms.PostAsync(client, TwoFactorSetup.Path, "turn-off", [new(Reauthentication.FieldName, "wrong password entirely")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Reauthentication.Refused), await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True((await FindAsync(user)).TwoFactorEnabled);
    }

    [Fact]
    public async Task TwoFactorTurnOn_WithoutThePassword_IsRefusedAndStaysOff()
    {
        var user = await site.CreateUserAsync($"reauth-{Guid.NewGuid():N}"[..18], Password, SystemRoles.Editor);
        var client = await ContentAdmin.SignedInAsync(site, user.UserName!, Password);
        var (key, keyToken) = TwoFactorTests.ShownKey(await client.GetStringAsync(new Uri(TwoFactorSetup.Path, UriKind.Relative), TestContext.Current.CancellationToken));

        var refused = await Forms.PostAsync(client, TwoFactorSetup.Path, "enable-two-factor", [new("Code", Totp.Code(key)), new(TwoFactorSetup.KeyField, keyToken)]);

        Assert.Contains(System.Net.WebUtility.HtmlEncode(Reauthentication.Refused), await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False((await FindAsync(user)).TwoFactorEnabled);
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_IsRefusedAndKeepsTheOldOne()
    {
        var user = await site.CreateUserAsync($"reauth-{Guid.NewGuid():N}"[..18], Password, SystemRoles.Editor);
        var client = await ContentAdmin.SignedInAsync(site, user.UserName!, Password);

        var refused = await Forms.PostAsync(client, ChangePassword.Path, "change-password",
            [new("Input.CurrentPassword", "wrong password entirely"), new("Input.NewPassword", "a brand new long password"), new("Input.ConfirmPassword", "a brand new long password")]);

        Assert.Contains("The current password is not right.", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(site.NewClient(), user.UserName!, Password)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostUserAsync(HttpClient admin, CmsUser target, string? email, string[] roles, string? password)
        => Forms.PostAsync(admin, $"/admin/users/{target.Id}", "edit-user",
            [new("Input.DisplayName", ""), new("Input.Email", email ?? ""), .. roles.Select(r => new KeyValuePair<string, string>("Roles", r)),
             .. password is null ? [] : new[] { new KeyValuePair<string, string>(Reauthentication.FieldName, password) }]);

    private async Task<CmsUser> FindAsync(CmsUser user)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByIdAsync(user.Id))!;
    }

    private async Task<string> KeyAsync(CmsUser user)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id))!))!;
    }

    private async Task<IList<string>> RolesAsync(CmsUser user)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!);
    }
}
