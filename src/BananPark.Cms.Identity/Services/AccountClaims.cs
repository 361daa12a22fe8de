using System.Security.Claims;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services;

/// <summary>Adds the display name and the must-change-password flag to the session's claims.</summary>
public sealed class AccountClaims(UserManager<CmsUser> users, RoleManager<CmsRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CmsUser, CmsRole>(users, roles, options)
{
    public const string MustChangePassword = "must_change_password";
    public const string DisplayName = "display_name";
    public const string TwoFactor = "two_factor";

    /// <summary>The id of the session's row (<see cref="Sessions.SessionStore"/>), added at sign-in.</summary>
    public const string SessionId = "session_id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CmsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName ?? user.UserName ?? ""));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactor, "true"));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePassword, "true"));
        }

        return identity;
    }
}
