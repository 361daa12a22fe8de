using System.Globalization;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Password sign-in that does the same work (one password hash) and gives the same answer whether the user
/// is unknown, disabled, slowed down after failures or the password wrong; slows an account down after
/// repeated failures (<see cref="SignInThrottle"/>) rather than locking it; logs every attempt.
/// </summary>
public sealed class SignInService(
    CmsSignInManager signIn, UserManager<CmsUser> users, SignInThrottle throttle, ITenantContext tenant, SecurityLog log, TimeProvider clock)
{
    /// <summary>A hash to verify against when no real one is checked, so every path costs one hash.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<CmsUser>().HashPassword(new CmsUser(), Guid.NewGuid().ToString()));

    /// <summary>The second step: a code from the authenticator app, or one of the recovery codes.</summary>
    public async Task<SignInOutcome> SecondFactorAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var cleaned = new string(code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var result = cleaned.Length == 6 && cleaned.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(cleaned, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim());
        if (result.Succeeded)
        {
            user.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            await log.WriteAsync(SecurityEventKinds.SignInSucceeded, user.UserName, detail: "with a second factor");
            return user.MustChangePassword ? SignInOutcome.MustChangePassword : SignInOutcome.Succeeded;
        }

        await log.WriteAsync(result.IsLockedOut ? SecurityEventKinds.LockedOut : SecurityEventKinds.SignInFailed, user.UserName, detail: "wrong second factor");
        return result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        if (password.Length > PasswordRules.MaximumLength)
        {
            await log.WriteAsync(SecurityEventKinds.SignInFailed, userName, detail: "password longer than allowed");
            return SignInOutcome.Failed;
        }

        var site = tenant.Tenant.Name;
        if (await throttle.WaitForAsync(site, userName) is { Ticks: > 0 } wait)
        {
            Decoy(password);
            await log.WriteAsync(SecurityEventKinds.SignInThrottled, userName, detail: $"refused unchecked: sign-in paused for {Seconds(wait)} more");
            return SignInOutcome.Throttled;
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null || !user.Enabled)
        {
            Decoy(password);
            return await FailedAsync(site, userName, user is null ? "unknown user" : "user disabled");
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await throttle.SucceededAsync(site, userName);
        }

        if (result.Succeeded)
        {
            user.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            await log.WriteAsync(SecurityEventKinds.SignInSucceeded, user.UserName);
            return user.MustChangePassword ? SignInOutcome.MustChangePassword : SignInOutcome.Succeeded;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.RequiresTwoFactor;
        }

        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Refused before the password was checked (wrong second factors locked it): hash once all the same.
            Decoy(password);
            await log.WriteAsync(SecurityEventKinds.LockedOut, user.UserName, detail: "locked after wrong second factors");
            return SignInOutcome.LockedOut;
        }

        return await FailedAsync(site, userName, "wrong password");
    }

    private async Task<SignInOutcome> FailedAsync(string site, string userName, string why)
    {
        var delay = await throttle.FailedAsync(site, userName);
        await log.WriteAsync(SecurityEventKinds.SignInFailed, userName, detail: why);
        if (delay > TimeSpan.Zero)
        {
            await log.WriteAsync(SecurityEventKinds.SignInThrottled, userName, detail: $"after repeated failures the next try waits {Seconds(delay)}");
        }

        return SignInOutcome.Failed;
    }

    private void Decoy(string password) => users.PasswordHasher.VerifyHashedPassword(new CmsUser(), DecoyHash.Value, password);

    private static string Seconds(TimeSpan delay) => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(delay.TotalSeconds)} s");
}

/// <summary>What a sign-in attempt gave.</summary>
public enum SignInOutcome
{
    Succeeded,
    MustChangePassword,
    RequiresTwoFactor,
    Failed,
    LockedOut,
    Throttled,
}
