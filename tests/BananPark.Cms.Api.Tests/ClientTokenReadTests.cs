using System.Net;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.OpenId.Applications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Api.Tests;

/// <summary>
/// A machine client's token never reads less than no token: its roles add to what Anonymous may read. A listable type
/// the caller may not read is refused as a question of rights (403, or 401 for an anonymous caller), not as a bad parameter.
/// </summary>
public sealed class ClientTokenReadTests(ApiSite site) : IClassFixture<ApiSite>
{
    private const string List = "/api/content?type=Enterprise&limit=5";

    [Fact]
    public async Task ClientToken_WhoseRolesLackViewContent_ListsWhatAnonymousVisitorsList()
    {
        var token = await TokenAsync("reader-bare", "BareMachine");
        using var anonymous = site.NewClient();
        using var bearer = Https(token);

        var visitor = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, List));
        var machine = await ApiClient.JsonAsync(await ApiClient.GetAsync(bearer, List));

        Assert.NotEmpty(visitor["items"]!.AsArray());
        Assert.Equal(visitor["items"]!.ToJsonString(), machine["items"]!.ToJsonString());
    }

    [Fact]
    public async Task ListingATypeTheCallerMayNotRead_Is403ForATokenAnd401Anonymous_UnknownTypeStays400()
    {
        var bare = await TokenAsync("reader-none", "NothingMachine");
        var reading = await TokenAsync("reader-view", "ViewingMachine", "ViewContent");
        await SetAnonymousAsync();
        try
        {
            using var anonymous = site.NewClient();
            using var none = Https(bare);
            using var viewer = Https(reading);

            var refused = await ApiClient.GetAsync(none, List);
            var problem = await ApiClient.JsonAsync(refused, HttpStatusCode.Forbidden);
            var visitor = await ApiClient.GetAsync(anonymous, List);
            var unknown = await ApiClient.GetAsync(none, "/api/content?type=NoSuchType");
            var allowed = await ApiClient.JsonAsync(await ApiClient.GetAsync(viewer, List));

            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Enterprise", problem["detail"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.Unauthorized, visitor.StatusCode);
            Assert.Equal("application/problem+json", visitor.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.NotEmpty(allowed["items"]!.AsArray());
        }
        finally
        {
            await SetAnonymousAsync("ViewContent");
        }
    }

    private HttpClient Https(string token)
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return client;
    }

    private async Task SetAnonymousAsync(params string[] permissions)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleService>();
        await roles.SetPermissionsAsync(await roles.EnsureAsync(SystemRoles.Anonymous), permissions);
    }

    /// <summary>A client-credentials token of a new application in a new role granting <paramref name="permissions"/>.</summary>
    private async Task<string> TokenAsync(string clientId, string role, params string[] permissions)
    {
        await site.CreateUserAsync(role.ToLowerInvariant() + "-owner", ApiClient.Password, role, permissions);
        string? secret;
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ApplicationService>().CreateAsync(new ApplicationInput
            {
                ClientId = clientId,
                DisplayName = "Reader " + clientId,
                Type = ApplicationInput.Confidential,
                AllowClientCredentialsFlow = true,
                Scopes = ["api"],
                Roles = [role],
            }, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.Key}: {p.Value}")));
            secret = result.Secret;
        }

        using var http = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret!,
            ["scope"] = "api",
        });
        var answer = await ApiClient.JsonAsync(await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form, TestContext.Current.CancellationToken));
        return answer["access_token"]!.GetValue<string>();
    }
}
