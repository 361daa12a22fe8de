using System.Security.Claims;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Identity's sign-in manager, plus: a disabled user can neither sign in nor keep a session; every sign-in starts
/// a server-side session (its id in the cookie's claims) and sign-out ends it, so a copied cookie dies with it.
/// </summary>
public sealed class CmsSignInManager(
    UserManager<CmsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CmsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CmsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CmsUser> confirmation,
    SessionStore sessions)
    : SignInManager<CmsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>Set while the request's own session is renewed rather than a new one begun.</summary>
    private string? _renewing;

    public override async Task<bool> CanSignInAsync(CmsUser user) => user.Enabled && await base.CanSignInAsync(user);

    /// <summary>New claims for the same session (after this session changed the password or two-step sign-in).</summary>
    public override async Task RefreshSignInAsync(CmsUser user)
    {
        _renewing = Context.User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id ? Context.User.FindFirstValue(AccountClaims.SessionId) : null;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _renewing = null;
        }
    }

    public override async Task SignInWithClaimsAsync(CmsUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        string sessionId;
        if (_renewing is { } renewing)
        {
            await sessions.RenewAsync(renewing, user.SecurityStamp);
            sessionId = renewing;
        }
        else
        {
            // A new sign-in never carries on the request's old session.
            if (Context.User.FindFirstValue(AccountClaims.SessionId) is { } old)
            {
                await sessions.EndAsync(old);
            }

            sessionId = await sessions.StartAsync(user, Context);
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(AccountClaims.SessionId, sessionId)]);
    }

    /// <summary>Ends the request's session on the server, then removes the cookie.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.FindFirstValue(AccountClaims.SessionId) is { } sessionId)
        {
            await sessions.EndAsync(sessionId);
        }

        await base.SignOutAsync();
    }
}
