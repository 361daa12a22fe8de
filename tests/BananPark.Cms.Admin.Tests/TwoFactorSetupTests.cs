using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

public sealed class TwoFactorSetupTests : TenantComponentTest
{
    [Fact]
    public async Task Render_WhenTwoStepIsOff_ShowsTheKeyInGroupsAndTheCodeForm()
    {
        var (user, key) = await UserWithKeyAsync("ann");

        var cut = RenderAs<TwoFactorSetup>(SignedIn(user));

        Assert.Equal(string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c))), cut.Find("code.secret").TextContent);
        Assert.Contains($"otpauth://totp/Banan%20Park%20CMS:ann?secret={key}", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Code from the app", cut.Find("label[for=code]").TextContent);
        Assert.Equal(AntiforgeryValue, cut.Find($"form input[type=hidden][name={AntiforgeryField}]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task Render_WhenNoKeyIsStored_ShowsANewKeyAndStoresNothing()
    {
        var ann = await CreateUserAsync("ann");
        var users = Scope.GetRequiredService<UserManager<CmsUser>>();
        var stamp = (await users.FindByIdAsync(ann.Id))!.SecurityStamp;

        var cut = RenderAs<TwoFactorSetup>(SignedIn(ann));

        Assert.Matches("^([a-z2-7]{4} ?)+$", cut.Find("code.secret").TextContent);
        Assert.False(string.IsNullOrEmpty(cut.Find($"input[type=hidden][name={TwoFactorSetup.KeyField}]").GetAttribute("value")));
        Assert.Equal(Reauthentication.FieldName, cut.Find("input#on-password").GetAttribute("name"));
        var stored = (await users.FindByIdAsync(ann.Id))!;
        Assert.Null(await users.GetAuthenticatorKeyAsync(stored));
        Assert.Equal(stamp, stored.SecurityStamp);
    }

    [Fact]
    public async Task Render_WhenTwoStepIsOn_SaysSoAndOffersNewRecoveryCodesAndTurningOff()
    {
        var (user, _) = await UserWithKeyAsync("bob", enable: true);

        var cut = RenderAs<TwoFactorSetup>(SignedIn(user));

        Assert.Contains("Two-step sign-in is on", cut.Find("section.panel p").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Make new recovery codes", "Turn off two-step sign-in"], cut.FindAll("button[type=submit]").Select(b => b.TextContent));
        Assert.Empty(cut.FindAll("code.secret"));
    }

    [Fact]
    public async Task Render_WhenNotRequired_LetsAnAdministratorTurnItOff()
    {
        var (user, _) = await UserWithKeyAsync("root", role: SystemRoles.Administrator, enable: true);

        var cut = RenderAs<TwoFactorSetup>(SignedIn(user, SystemRoles.Administrator));

        Assert.Contains("Turn off two-step sign-in", cut.FindAll("button[type=submit]").Select(b => b.TextContent));
    }

    /// <summary>A user whose authenticator key already exists (making one renews the session, which needs a real request).</summary>
    internal static async Task<(CmsUser User, string Key)> UserWithKeyAsync(IServiceProvider scope, CmsUser created, bool enable)
    {
        var users = scope.GetRequiredService<UserManager<CmsUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        await users.ResetAuthenticatorKeyAsync(user);
        if (enable)
        {
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return (user, (await users.GetAuthenticatorKeyAsync(user))!);
    }

    private async Task<(CmsUser User, string Key)> UserWithKeyAsync(string name, string? role = null, bool enable = false)
        => await UserWithKeyAsync(Scope, await CreateUserAsync(name, role), enable);
}

/// <summary>The same page when the site requires two-step sign-in for Administrators.</summary>
public sealed class TwoFactorSetupWhenRequiredTests : TenantComponentTest
{
    protected override void ConfigureServices(IServiceCollection services)
        => services.Configure<CmsIdentityOptions>(options => options.RequireTwoFactorForAdministrators = true);

    [Fact]
    public async Task Render_WhenMissing_AsksTheAdministratorToSetItUp()
    {
        var (user, _) = await UserWithKeyAsync("root", role: SystemRoles.Administrator);

        var cut = RenderAs<TwoFactorSetup>(SignedIn(user, SystemRoles.Administrator));

        Assert.Contains("Administrators of this site must sign in with a second step", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WhenAlreadyOn_DoesNotOfferTurningItOff()
    {
        var (user, _) = await UserWithKeyAsync("root2", role: SystemRoles.Administrator, enable: true);

        var cut = RenderAs<TwoFactorSetup>(SignedIn(user, SystemRoles.Administrator));

        Assert.Equal(["Make new recovery codes"], cut.FindAll("button[type=submit]").Select(b => b.TextContent));
    }

    private async Task<(CmsUser User, string Key)> UserWithKeyAsync(string name, string? role = null, bool enable = false)
        => await TwoFactorSetupTests.UserWithKeyAsync(Scope, await CreateUserAsync(name, role), enable);
}
