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

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            await log.WriteAsync(SecurityEventKinds.SignInSucceeded, user.UserName);
            return user.MustChangePassword ? SignInOutcome.MustChangePassword : SignInOutcome.Succeeded;
        }

        if (result.IsLockedOut)
        {
            await log.WriteAsync(SecurityEventKinds.LockedOut, user.UserName);
            return SignInOutcome.LockedOut;
        }

        await log.WriteAsync(SecurityEventKinds.SignInFailed, user.UserName, detail: user.Enabled ? "wrong password" : "user disabled");
        return SignInOutcome.Failed;
    }
}

/// <summary>What a sign-in attempt gave.</summary>
public enum SignInOutcome
{
    Succeeded,
    MustChangePassword,
    Failed,
    LockedOut,
}
