using System.Net;
using System.Security.Claims;
using BananPark.Cms.OpenId.Applications;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>Machine clients: a secret for a token whose principal holds exactly its application's roles.</summary>
public sealed class ClientCredentialsTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    private static ApplicationInput Machine(string clientId, params string[] roles) => new()
    {
        ClientId = clientId,
        DisplayName = "CRM " + clientId,
        Type = ApplicationInput.Confidential,
        AllowClientCredentialsFlow = true,
        Scopes = ["api"],
        Roles = [.. roles],
    };

    [Fact]
    public async Task ClientCredentials_WhenSecretRight_TokenActsWithTheApplicationsRolesOnly()
    {
        await site.EnsureRoleAsync("CrmSync", "ManageUsers");
        var secret = await site.RegisterAsync(Machine("crm-roles", "CrmSync"));
        using var http = site.NewClient();

        var answer = await OAuthClient.ClientCredentialsAsync(http, "crm-roles", secret!);
        var (principal, canManageUsers) = await site.AuthenticateBearerAsync(answer.AccessToken!, "ManageUsers");
        var (_, canManageRoles) = await site.AuthenticateBearerAsync(answer.AccessToken!, "ManageRoles");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotNull(principal);
        Assert.True(canManageUsers);
        Assert.False(canManageRoles);
        Assert.Null(principal!.FindFirst(ClaimTypes.NameIdentifier));
        Assert.Equal("client:crm-roles", principal.Identity!.Name);
    }

    [Fact]
    public async Task ClientCredentials_WhenApplicationHasNoRoles_HoldsNothingAuthenticatedUsersHold()
    {
        await site.EnsureRoleAsync("Authenticated", "ViewOwnProfileOnlyForTest");
        var secret = await site.RegisterAsync(Machine("crm-bare"));
        using var http = site.NewClient();

        var answer = await OAuthClient.ClientCredentialsAsync(http, "crm-bare", secret!);
        var (principal, has) = await site.AuthenticateBearerAsync(answer.AccessToken!, "ViewOwnProfileOnlyForTest");

        Assert.NotNull(principal);
        Assert.False(has);
    }

    [Fact]
    public async Task ClientCredentials_WhenSecretWrong_InvalidClient()
    {
        await site.RegisterAsync(Machine("crm-wrong"));
        using var http = site.NewClient();

        var answer = await OAuthClient.ClientCredentialsAsync(http, "crm-wrong", "not-the-secret-at-all");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("invalid_client", answer.Error);
        Assert.Null(answer.AccessToken);
    }

    [Fact]
    public async Task ClientCredentials_WhenApplicationDeleted_ItsTokenIsRefused()
    {
        var secret = await site.RegisterAsync(Machine("crm-deleted"));
        using var http = site.NewClient();
        var answer = await OAuthClient.ClientCredentialsAsync(http, "crm-deleted", secret!);
        Assert.NotNull((await site.AuthenticateBearerAsync(answer.AccessToken!)).Principal);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApplicationService>().DeleteAsync("crm-deleted", TestContext.Current.CancellationToken));
        }

        Assert.Null((await site.AuthenticateBearerAsync(answer.AccessToken!)).Principal);
    }

    [Fact]
    public async Task ClientCredentials_WhenScopeHasNoApiAudience_TokenIsRefusedByTheApi()
    {
        var input = Machine("crm-audience");
        input.Scopes = ["profile"];
        var secret = await site.RegisterAsync(input);
        using var http = site.NewClient();

        var answer = await OAuthClient.ClientCredentialsAsync(http, "crm-audience", secret!, scope: "profile");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null((await site.AuthenticateBearerAsync(answer.AccessToken!)).Principal);
    }

    [Fact]
    public async Task Bearer_WhenTokenTampered_IsRefused()
    {
        var secret = await site.RegisterAsync(Machine("crm-tamper"));
        using var http = site.NewClient();
        var token = (await OAuthClient.ClientCredentialsAsync(http, "crm-tamper", secret!)).AccessToken!;
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        Assert.NotNull((await site.AuthenticateBearerAsync(token)).Principal);
        Assert.Null((await site.AuthenticateBearerAsync(tampered)).Principal);
        Assert.Null((await site.AuthenticateBearerAsync("not.a.token")).Principal);
    }

    [Fact]
    public async Task Token_WhenPasswordGrantAsked_Refused()
    {
        var secret = await site.RegisterAsync(Machine("crm-password"));
        using var http = site.NewClient();

        var answer = await OAuthClient.TokenAsync(http, ("grant_type", "password"), ("client_id", "crm-password"), ("client_secret", secret!), ("username", "admin"), ("password", OpenIdSite.AdminPassword));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("unsupported_grant_type", answer.Error);
    }
}
