using System.Net;
using System.Net.Http.Headers;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Tests;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace BananPark.Cms.Api.Tests;

/// <summary>The content API with bearer tokens: a machine client acts with its application's roles; every bad token is a 401.</summary>
public sealed class BearerApiTests(BearerSite site) : IClassFixture<BearerSite>
{
    [Fact]
    public async Task MachineClient_WithEditorRole_ListsCreatesAndReadsItsDraft()
    {
        using var api = await MachineClientAsync("api-editor", [SystemRoles.Editor]);

        var list = await ApiClient.GetAsync(api, "/api/content?type=Enterprise");
        var created = await ApiClient.SendAsync(api, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Machine Made Co"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();
        var draft = await ApiClient.GetAsync(api, $"/api/content/{id}?draft=true");

        Assert.NotEmpty((await ApiClient.JsonAsync(list))["items"]!.AsArray());
        Assert.Equal("Machine Made Co", (await ApiClient.JsonAsync(draft))["DisplayText"]!.GetValue<string>());
        Assert.Equal("Machine Made Co", (await site.StoredAsync(id))!.DisplayText);
    }

    [Fact]
    public async Task MachineClient_WhoseRolesLackThePermission_Gets403()
    {
        await site.WithAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleService>();
            await roles.SetPermissionsAsync(await roles.EnsureAsync("ApiViewer"), ["ViewContent"]);
            return true;
        });
        using var api = await MachineClientAsync("api-viewer", ["ApiViewer"]);

        var created = await ApiClient.SendAsync(api, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Viewer Cannot Co"));

        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.GetAsync(api, "/api/content?type=Enterprise")).StatusCode);
    }

    [Fact]
    public async Task TamperedToken_Is401()
    {
        var token = await TokenAsync("api-tamper", [SystemRoles.Editor]);
        var middle = token.Length / 2;
        using var api = Bearer(token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.GetAsync(api, "/api/content?type=Enterprise")).StatusCode);
    }

    [Fact]
    public async Task TokenWithoutTheApiScope_WrongAudience_Is401()
    {
        var secret = await site.MachineAsync("api-audience", [SystemRoles.Editor], "profile");
        using var http = site.NewClient();
        var answer = await OAuthClient.ClientCredentialsAsync(http, "api-audience", secret!, scope: "profile");
        using var api = Bearer(answer.AccessToken!);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.GetAsync(api, "/api/content?type=Enterprise")).StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Is401()
    {
        using var api = await MachineClientAsync("api-expired", [SystemRoles.Editor]);
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.GetAsync(api, "/api/content?type=Enterprise")).StatusCode);
        try
        {
            site.Clock.Offset = TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1);

            Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.GetAsync(api, "/api/content?type=Enterprise")).StatusCode);
        }
        finally
        {
            site.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task RevokedAuthorization_KillsItsAccessAndRefreshTokensAtOnce()
    {
        await site.RegisterAsync(new ApplicationInput
        {
            ClientId = "api-spa",
            DisplayName = "Partner app",
            Type = ApplicationInput.Public,
            AllowAuthorizationCodeFlow = true,
            AllowRefreshTokenFlow = true,
            RedirectUris = [OAuthClient.RedirectUri],
            Scopes = ["profile", "api"],
        });
        var user = await site.CreateUserAsync("api-user-" + Guid.NewGuid().ToString("N")[..8], ApiClient.Password, SystemRoles.Editor);
        using var browser = site.NewClient();
        var (verifier, challenge) = OAuthClient.Pkce();
        var code = await OAuthClient.AuthorizeAsync(browser, "api-spa", challenge, user.UserName!, ApiClient.Password);
        using var http = site.NewClient();
        var tokens = await OAuthClient.ExchangeAsync(http, "api-spa", code, verifier);
        using var api = Bearer(tokens.AccessToken!);
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.GetAsync(api, "/api/content?type=Enterprise&draft=true")).StatusCode);

        // Only the authorization is revoked: its tokens must die with it.
        await site.WithAsync(async sp =>
        {
            var authorizations = sp.GetRequiredService<IOpenIddictAuthorizationManager>();
            await foreach (var authorization in authorizations.FindBySubjectAsync(user.Id))
            {
                await authorizations.TryRevokeAsync(authorization);
            }

            return true;
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.GetAsync(api, "/api/content?type=Enterprise&draft=true")).StatusCode);
        var refreshed = await OAuthClient.RefreshAsync(http, "api-spa", tokens.RefreshToken!);
        Assert.Equal("invalid_grant", refreshed.Error);
        Assert.Null(refreshed.AccessToken);
    }

    [Fact]
    public async Task TokenOfAnotherSite_Is401()
    {
        await using var theirs = new BearerSite();
        await theirs.InitializeAsync();
        var secret = await theirs.MachineAsync("api-same-id", [SystemRoles.Editor]);
        await site.MachineAsync("api-same-id", [SystemRoles.Editor]);
        using var theirHttp = theirs.NewClient();
        var answer = await OAuthClient.ClientCredentialsAsync(theirHttp, "api-same-id", secret!);
        using var theirApi = theirs.NewClient();
        theirApi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.GetAsync(theirApi, "/api/content?type=Enterprise&draft=true")).StatusCode);

        using var ours = Bearer(answer.AccessToken!);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.GetAsync(ours, "/api/content?type=Enterprise")).StatusCode);
    }

    private async Task<string> TokenAsync(string clientId, string[] roles)
    {
        var secret = await site.MachineAsync(clientId, roles);
        using var http = site.NewClient();
        var answer = await OAuthClient.ClientCredentialsAsync(http, clientId, secret!);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.AccessToken!;
    }

    private async Task<HttpClient> MachineClientAsync(string clientId, string[] roles) => Bearer(await TokenAsync(clientId, roles));

    private HttpClient Bearer(string token)
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
