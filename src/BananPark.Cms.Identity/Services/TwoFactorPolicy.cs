using System.Security.Claims;
using BananPark.Cms.Core.Security;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services;

/// <summary>The one home of the rule: who must use two-step sign-in (Administrators, when the setting says so).</summary>
public sealed class TwoFactorPolicy(IOptions<CmsIdentityOptions> options)
{
    public bool IsRequiredFor(ClaimsPrincipal user)
        => options.Value.RequireTwoFactorForAdministrators && user.IsInRole(SystemRoles.Administrator);
}
