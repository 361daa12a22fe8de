using System.Security.Claims;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Re-authentication before a sensitive change (ASVS V7.5: email, password, two-step settings, an Administrator's
/// roles): the acting user's current password, or for users with two-step sign-in on, a code from their app, posted
/// with the change. A wrong one is logged and the change refused before anything is written.
/// </summary>
public sealed class Reauthentication(UserManager<CmsUser> users, SecurityLog log)
{
    /// <summary>The form field every such form posts the password or code in.</summary>
    public const string FieldName = "CurrentPassword";

    public const string Refused = "Your current password (or, with two-step sign-in on, a code from your app) is not right. Nothing was changed.";

    /// <summary>True when <paramref name="secret"/> is the acting user's password, or a current code of their authenticator app.</summary>
    public async Task<bool> ConfirmAsync(ClaimsPrincipal actor, string? secret, string change)
    {
        var user = await users.GetUserAsync(actor);
        if (user is not null && !string.IsNullOrEmpty(secret) && secret.Length <= PasswordRules.MaximumLength)
        {
            if (await users.CheckPasswordAsync(user, secret))
            {
                return true;
            }

            var code = secret.Replace(" ", "", StringComparison.Ordinal);
            if (user.TwoFactorEnabled && code.Length == 6 && code.All(char.IsAsciiDigit)
                && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                return true;
            }
        }

        await log.WriteAsync(SecurityEventKinds.ReauthenticationFailed, actor.Identity?.Name, actor.Identity?.Name, change);
        return false;
    }
}
