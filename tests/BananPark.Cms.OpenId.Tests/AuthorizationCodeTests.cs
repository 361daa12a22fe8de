using System.Net;
using System.Security.Claims;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.OpenId.Applications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>People: authorization code with PKCE through the site's sign-in and consent, refresh tokens, and what ends them.</summary>
public sealed class AuthorizationCodeTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    private const string Password = "a long enough password 42";

    private async Task<string> AppAsync(string clientId, string type = ApplicationInput.Public)
    {
        await site.RegisterAsync(new ApplicationInput
        {
            ClientId = clientId,
            DisplayName = "Partner " + clientId,
            Type = type,
            AllowAuthorizationCodeFlow = true,
            AllowRefreshTokenFlow = true,
            RedirectUris = [OAuthClient.RedirectUri],
            Scopes = ["profile", "api"],
        });
        return clientId;
    }

    private async Task<(CmsUser User, TokenAnswer Tokens)> SignedInTokensAsync(string clientId, string userName)
    {
        var user = await site.CreateUserAsync(userName, Password, "Editors" + userName, "ManageUsers");
        using var http = site.NewClient();
        var (verifier, challenge) = OAuthClient.Pkce();
        var code = await OAuthClient.AuthorizeAsync(http, clientId, challenge, userName, Password);
        var tokens = await OAuthClient.ExchangeAsync(http, clientId, code, verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return (user, tokens);
    }

    [Fact]
    public async Task AuthorizationCode_WithPkce_TokenActsAsTheUserWithTheirPermissions()
    {
        var client = await AppAsync("spa-user");
        var (user, tokens) = await SignedInTokensAsync(client, "ana");

        var (principal, canManageUsers) = await site.AuthenticateBearerAsync(tokens.AccessToken!, "ManageUsers");
        var (_, canManageRoles) = await site.AuthenticateBearerAsync(tokens.AccessToken!, "ManageRoles");

        Assert.Equal(user.Id, principal!.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("ana", principal!.Identity!.Name);
        Assert.True(canManageUsers);
        Assert.False(canManageRoles);
        Assert.NotNull(tokens.Get("id_token"));
        Assert.NotNull(tokens.RefreshToken);
    }

    [Fact]
    public async Task AccessToken_IsASignedJwtWithoutTheStamp_RefreshTokenStaysEncrypted()
    {
        var client = await AppAsync("spa-format");
        var (user, tokens) = await SignedInTokensAsync(client, "ines");
        await using var scope = site.Services.CreateAsyncScope();
        var stamp = await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().GetSecurityStampAsync(user);

        var access = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(tokens.AccessToken!);
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(tokens.AccessToken!.Split('.')[1]));

        Assert.Equal(3, tokens.AccessToken!.Split('.').Length);
        Assert.False(access.IsEncrypted);
        Assert.Equal(user.Id, access.Subject);
        Assert.True(access.TryGetPayloadValue<string>("cms_stamp", out var digest));
        Assert.Equal(BananPark.Cms.OpenId.Validation.BearerClaims.StampOf(stamp), digest);
        Assert.DoesNotContain(stamp, payload, StringComparison.Ordinal);
        Assert.Equal(5, tokens.RefreshToken!.Split('.').Length);
        Assert.NotNull((await site.AuthenticateBearerAsync(tokens.AccessToken!)).Principal);
    }

    [Fact]
    public async Task RefreshToken_WhenUsed_GivesNewTokensAndANewRefreshToken()
    {
        var client = await AppAsync("spa-refresh");
        var (_, tokens) = await SignedInTokensAsync(client, "ben");
        using var http = site.NewClient();

        var refreshed = await OAuthClient.RefreshAsync(http, client, tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        Assert.NotNull((await site.AuthenticateBearerAsync(refreshed.AccessToken!)).Principal);
    }

    [Fact]
    public async Task RevokingTheAuthorization_RefusesItsAccessAndRefreshTokensAtOnce()
    {
        var client = await AppAsync("spa-revoke");
        var (user, tokens) = await SignedInTokensAsync(client, "chen");
        using var http = site.NewClient();
        var refreshed = await OAuthClient.RefreshAsync(http, client, tokens.RefreshToken!);
        Assert.NotNull((await site.AuthenticateBearerAsync(refreshed.AccessToken!)).Principal);

        // Only the authorization row is revoked here: its tokens must die through authorization-entry validation.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
            await foreach (var authorization in authorizations.FindBySubjectAsync(user.Id, TestContext.Current.CancellationToken))
            {
                Assert.True(await authorizations.TryRevokeAsync(authorization, TestContext.Current.CancellationToken));
            }
        }

        Assert.Null((await site.AuthenticateBearerAsync(tokens.AccessToken!)).Principal);
        Assert.Null((await site.AuthenticateBearerAsync(refreshed.AccessToken!)).Principal);
        var again = await OAuthClient.RefreshAsync(http, client, refreshed.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("invalid_grant", again.Error);
    }

    [Fact]
    public async Task AuthorizationService_RevokeAsync_MarksEveryTokenOfTheGrantRevoked()
    {
        var client = await AppAsync("spa-admin-revoke");
        var (user, tokens) = await SignedInTokensAsync(client, "dina");
        await using var scope = site.Services.CreateAsyncScope();
        var grants = scope.ServiceProvider.GetRequiredService<AuthorizationService>();
        var grant = Assert.Single(await grants.ListAsync(client, TestContext.Current.CancellationToken));

        Assert.True(await grants.RevokeAsync(grant.Id, TestContext.Current.CancellationToken));

        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var statuses = new List<string?>();
        await foreach (var token in manager.FindByAuthorizationIdAsync(grant.Id, TestContext.Current.CancellationToken))
        {
            statuses.Add(await manager.GetStatusAsync(token, TestContext.Current.CancellationToken));
        }

        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(OpenIddictConstants.Statuses.Revoked, s));
        Assert.Null((await site.AuthenticateBearerAsync(tokens.AccessToken!)).Principal);
        Assert.Equal(user.Id, grant.Subject);
    }

    [Fact]
    public async Task UserDisabledOrPasswordChanged_TokensAreRefused()
    {
        var client = await AppAsync("spa-disabled");
        var (user, tokens) = await SignedInTokensAsync(client, "emil");
        var (_, second) = await SignedInTokensAsync(await AppAsync("spa-stamp"), "fang");

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var emil = await users.FindByIdAsync(user.Id);
            emil!.Enabled = false;
            await users.UpdateAsync(emil);
            var fang = await users.FindByNameAsync("fang");
            await users.UpdateSecurityStampAsync(fang!);
        }

        using var http = site.NewClient();
        Assert.Null((await site.AuthenticateBearerAsync(tokens.AccessToken!)).Principal);
        Assert.Equal("invalid_grant", (await OAuthClient.RefreshAsync(http, client, tokens.RefreshToken!)).Error);
        Assert.Null((await site.AuthenticateBearerAsync(second.AccessToken!)).Principal);
    }

    [Fact]
    public async Task Exchange_WhenVerifierDoesNotMatch_InvalidGrantAndNoToken()
    {
        var client = await AppAsync("spa-verifier");
        await site.CreateUserAsync("gao", Password, "Readers", "ManageUsers");
        using var http = site.NewClient();
        var (_, challenge) = OAuthClient.Pkce();
        var code = await OAuthClient.AuthorizeAsync(http, client, challenge, "gao", Password);

        var answer = await OAuthClient.ExchangeAsync(http, client, code, OAuthClient.Pkce().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_grant", answer.Error);
        Assert.Null(answer.AccessToken);
    }

    [Theory]
    [InlineData("https://partner.example/callback/")]
    [InlineData("https://partner.example/callback?x=1")]
    [InlineData("https://evil.example/callback")]
    [InlineData("javascript:alert(1)")]
    public async Task Authorize_WhenRedirectUriNotRegisteredExactly_400AndNoRedirect(string redirectUri)
    {
        var client = await AppAsync("spa-redirect-" + Math.Abs(redirectUri.GetHashCode(StringComparison.Ordinal)));
        using var http = site.NewClient();

        using var response = await http.GetAsync(new Uri(OAuthClient.AuthorizePath(client, OAuthClient.Pkce().Challenge, redirectUri: redirectUri), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorize_WithoutPkceOrWithPlainChallenge_ErrorSentToTheApplication()
    {
        var client = await AppAsync("spa-nopkce");
        using var http = site.NewClient();
        var without = OAuthClient.AuthorizePath(client, "x").Replace("&code_challenge=x&code_challenge_method=S256", "", StringComparison.Ordinal);
        var plain = OAuthClient.AuthorizePath(client, new string('a', 43)).Replace("S256", "plain", StringComparison.Ordinal);

        foreach (var path in new[] { without, plain })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var location = response.Headers.Location?.OriginalString ?? "";
            Assert.True(location.StartsWith(OAuthClient.RedirectUri, StringComparison.Ordinal) && location.Contains("error=invalid_request", StringComparison.Ordinal)
                || response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {location}");
            Assert.DoesNotContain("code=", location, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Consent_WhenDenied_ApplicationGetsAccessDenied_AndWhenGivenIsNotAskedAgain()
    {
        var client = await AppAsync("spa-consent");
        await site.CreateUserAsync("hana", Password, "Readers2", "ManageUsers");
        using var http = site.NewClient();
        var (_, challenge) = OAuthClient.Pkce();
        using var first = await http.GetAsync(new Uri(OAuthClient.AuthorizePath(client, challenge), UriKind.Relative), TestContext.Current.CancellationToken);
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + OAuthClient.Local(first)).Query)["ReturnUrl"].ToString();
        using var signedIn = await OAuthClient.SignInAsync(http, "hana", Password, returnUrl);

        using var denied = await OAuthClient.ConsentAsync(http, OAuthClient.Local(signedIn), accept: false);
        Assert.Contains("error=access_denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var accepted = await OAuthClient.ConsentAsync(http, OAuthClient.Local(signedIn));
        Assert.NotEmpty(OAuthClient.CodeOf(accepted));
        using var again = await http.GetAsync(new Uri(OAuthClient.AuthorizePath(client, OAuthClient.Pkce().Challenge), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.NotEmpty(OAuthClient.CodeOf(again));
    }

    [Fact]
    public async Task Exchange_WhenPublicClientSendsASecret_Refused()
    {
        var client = await AppAsync("spa-secret");
        await site.CreateUserAsync("ivan", Password, "Readers3", "ManageUsers");
        using var http = site.NewClient();
        var (verifier, challenge) = OAuthClient.Pkce();
        var code = await OAuthClient.AuthorizeAsync(http, client, challenge, "ivan", Password);

        var answer = await OAuthClient.TokenAsync(http, ("grant_type", "authorization_code"), ("client_id", client), ("client_secret", "made-up-secret-value"),
            ("code", code), ("redirect_uri", OAuthClient.RedirectUri), ("code_verifier", verifier));

        Assert.True(answer.Status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{answer.Status}");
        Assert.Null(answer.AccessToken);
    }
}
