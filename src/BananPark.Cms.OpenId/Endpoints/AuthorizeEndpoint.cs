using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.OpenId.Server;
using BananPark.Cms.OpenId.Settings;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Endpoints;

/// <summary>
/// <c>/connect/authorize</c> after OpenIddict checked the client, the exact redirect URI and the PKCE challenge. A
/// visitor signs in through the site's own login (with its second step) and lands on the consent screen; a user who
/// already granted these scopes to this application gets the code at once; the consent form posts back here.
/// </summary>
public static class AuthorizeEndpoint
{
    public const string AcceptField = "submit.Accept";

    public static async Task<IResult> HandleAsync(
        HttpContext context, ServerSettingsStore settings, UserManager<CmsUser> users, IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations, TokenPrincipals principals, IAntiforgery antiforgery)
    {
        var request = context.GetOpenIddictServerRequest();
        if (request is null)
        {
            return Results.BadRequest();
        }

        if (!(await settings.GetAsync(context.RequestAborted)).AllowAuthorizationCodeFlow)
        {
            return OpenIdResults.Error(Errors.UnauthorizedClient, "The authorization code flow is turned off on this site.");
        }

        var session = await context.AuthenticateAsync(CmsAuthenticationSchemes.Cookie);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        if (user is null || !user.Enabled || request.HasPromptValue(PromptValues.Login) && !HttpMethods.IsPost(context.Request.Method))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OpenIdResults.Error(Errors.LoginRequired, "The user is not signed in.");
            }

            // After the sign-in, the consent screen (a page of the site, so the login form's redirect stays on the site).
            return Results.Challenge(new AuthenticationProperties { RedirectUri = OpenIdPaths.Consent + QueryOf(request) }, [CmsAuthenticationSchemes.Cookie]);
        }

        if (session.Principal!.HasClaim(AccountClaims.MustChangePassword, "true"))
        {
            return Results.Redirect("/admin/change-password");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        var applicationId = await applications.GetIdAsync(application, context.RequestAborted);
        var scopes = request.GetScopes();
        object? authorization = null;
        await foreach (var existing in authorizations.FindAsync(user.Id, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes, context.RequestAborted))
        {
            authorization = existing;
            break;
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            if (!await FormPosts.IsTrustedAsync(context, antiforgery))
            {
                return Results.BadRequest();
            }

            if (!context.Request.Form.ContainsKey(AcceptField))
            {
                return OpenIdResults.Error(Errors.AccessDenied, "The user denied the application access.");
            }
        }
        else if (authorization is null || request.HasPromptValue(PromptValues.Consent))
        {
            return request.HasPromptValue(PromptValues.None)
                ? OpenIdResults.Error(Errors.ConsentRequired, "The user has not granted these scopes to the application.")
                : Results.Redirect(OpenIdPaths.Consent + QueryOf(request));
        }

        var principal = await principals.ForUserAsync(user, scopes, context.RequestAborted);
        authorization ??= await authorizations.CreateAsync(principal, user.Id, applicationId!, AuthorizationTypes.Permanent, scopes, context.RequestAborted);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization, context.RequestAborted));
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The request's parameters as a query string, for the consent screen and the sign-in's way back.</summary>
    public static string QueryOf(OpenIddictRequest request)
        => QueryString.Create(request.GetParameters()
            .Where(p => p.Key != AcceptField && p.Key != "__RequestVerificationToken" && p.Key != "_handler")
            .Select(p => new KeyValuePair<string, StringValues>(p.Key, (string?)p.Value))).ToUriComponent();
}
