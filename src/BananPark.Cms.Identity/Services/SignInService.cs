using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Password sign-in that answers the same way, in about the same time, whether the user is unknown,
/// disabled or the password wrong; locks out after repeated failures; logs every attempt.
/// </summary>
public sealed class SignInService(CmsSignInManager signIn, UserManager<CmsUser> users, SecurityLog log, TimeProvider clock)
{
    /// <summary>A hash to verify against when the user does not exist, so both cases cost one hash.</summary>
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

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new CmsUser(), DecoyHash.Value, password);
            await log.WriteAsync(SecurityEventKinds.SignInFailed, userName, detail: "unknown user");
            return SignInOutcome.Failed;
        }

        if (!user.Enabled)
        {
            // Refused before any hash is computed otherwise: hash once so it takes as long as a wrong password.
            users.PasswordHasher.VerifyHashedPassword(user, DecoyHash.Value, password);
            await log.WriteAsync(SecurityEventKinds.SignInFailed, user.UserName, detail: "user disabled");
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
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

        if (result.IsLockedOut)
        {
            await log.WriteAsync(SecurityEventKinds.LockedOut, user.UserName);
            return SignInOutcome.LockedOut;
        }

        await log.WriteAsync(SecurityEventKinds.SignInFailed, user.UserName, detail: "wrong password");
        return SignInOutcome.Failed;
    }
}

/// <summary>What a sign-in attempt gave.</summary>
public enum SignInOutcome
{
    Succeeded,
    MustChangePassword,
    RequiresTwoFactor,
    Failed,
    LockedOut,
}
