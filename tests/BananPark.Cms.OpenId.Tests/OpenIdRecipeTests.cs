using System.Net;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Settings;
using BananPark.Cms.Recipes.Services;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>The OpenIdServerSettings, OpenIdScope and OpenIdApplication steps: Orchard's shapes, no secret exported, all or nothing.</summary>
public sealed class OpenIdRecipeTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    private const string Secret = "recipe-secret-0123456789";

    [Fact]
    public async Task Import_WhenOrchardShapedSteps_ApplicationGetsTokensWithItsRoles()
    {
        await ImportAsync(site, """
            {"name":"Roles","Roles":[{"Name":"RecipeSync","Permissions":["ManageUsers"]}]},
            {"name":"OpenIdServerSettings","AllowClientCredentialsFlow":true,"AccessTokenLifetime":"00:10:00","Authority":"https://ignored.example"},
            {"name":"OpenIdScope","ScopeName":"crm_read","DisplayName":"CRM","Description":"Reads the CRM","Resources":"crm-api crm-audit"},
            {"name":"OpenIdApplication","ClientId":"recipe-crm","DisplayName":"CRM sync","Type":"confidential","ClientSecret":"recipe-secret-0123456789",
             "AllowClientCredentialsFlow":true,"RoleEntries":[{"Name":"RecipeSync","Selected":true},{"Name":"Administrator","Selected":false}],
             "ScopeEntries":[{"Name":"api","Selected":true},{"Name":"crm_read","Selected":true}]}
            """);
        using var http = site.NewClient();

        var answer = await OAuthClient.ClientCredentialsAsync(http, "recipe-crm", Secret, "api crm_read");
        var (principal, canManageUsers) = await site.AuthenticateBearerAsync(answer.AccessToken!, "ManageUsers");
        var (_, canManageRoles) = await site.AuthenticateBearerAsync(answer.AccessToken!, "ManageRoles");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.InRange(answer.Body.GetProperty("expires_in").GetInt32(), 590, 600);
        Assert.NotNull(principal);
        Assert.True(canManageUsers);
        Assert.False(canManageRoles);
        var application = await RunAsync<ApplicationService, ApplicationInput?>(site, s => s.FindAsync("recipe-crm"));
        Assert.Equal(["RecipeSync"], application!.Roles);
        Assert.Equal(["api", "crm_read"], application.Scopes);
        var resources = await RunAsync<IOpenIddictScopeManager, string[]>(site, async m => [.. await m.GetResourcesAsync((await m.FindByNameAsync("crm_read"))!)]);
        Assert.Equal(["crm-api", "crm-audit"], resources.Order());
    }

    [Fact]
    public async Task Export_ThenImportOnAFreshSite_SameApplicationsAndScopes_AndNeverTheSecret()
    {
        await ImportAsync(site, """
            {"name":"OpenIdScope","ScopeName":"partner_feed","DisplayName":"Partner feed","Resources":["partner"]},
            {"name":"OpenIdApplication","ClientId":"recipe-portal","DisplayName":"Investment portal","Type":"confidential","ClientSecret":"recipe-secret-0123456789",
             "ConsentType":"implicit","RedirectUris":"https://portal.example/callback https://portal.example/other","PostLogoutRedirectUris":"https://portal.example/",
             "AllowAuthorizationCodeFlow":true,"AllowRefreshTokenFlow":true,"AllowClientCredentialsFlow":true,
             "ScopeEntries":[{"Name":"api","Selected":true},{"Name":"partner_feed","Selected":true}],"CorsOrigins":["https://portal.example"]}
            """);

        // The fixture's site holds other tests' applications too: keep this test's own.
        var exported = Only(await ExportAsync(site), "partner_feed", "recipe-portal");
        await using var fresh = new OpenIdSite();
        await fresh.InitializeAsync();
        var report = await ImportAsync(fresh, Steps(exported));

        Assert.DoesNotContain(Secret, exported.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ClientSecret", exported.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Steps(exported), Steps(await ExportAsync(fresh)));
        Assert.Contains(report.Warnings, w => w.Contains("recipe-portal", StringComparison.Ordinal) && w.Contains("secret", StringComparison.Ordinal));
        var copied = await RunAsync<ApplicationService, ApplicationInput?>(fresh, s => s.FindAsync("recipe-portal"));
        Assert.Equal(["https://portal.example/callback", "https://portal.example/other"], copied!.RedirectUris.Order());
        Assert.False(copied.RequireConsent);
        using var http = fresh.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthClient.ClientCredentialsAsync(http, "recipe-portal", Secret)).Status);
    }

    [Fact]
    public async Task Import_WhenApplicationExistsAndNoSecretGiven_KeepsItsSecret()
    {
        await ImportAsync(site, """{"name":"OpenIdApplication","ClientId":"recipe-keep","Type":"confidential","ClientSecret":"recipe-secret-0123456789","AllowClientCredentialsFlow":true,"ScopeEntries":["api"]}""");

        await ImportAsync(site, """{"name":"OpenIdApplication","ClientId":"recipe-keep","DisplayName":"Renamed","Type":"confidential","AllowClientCredentialsFlow":true,"ScopeEntries":["api"]}""");

        using var http = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await OAuthClient.ClientCredentialsAsync(http, "recipe-keep", Secret)).Status);
        Assert.Equal("Renamed", (await RunAsync<ApplicationService, ApplicationInput?>(site, s => s.FindAsync("recipe-keep")))!.DisplayName);
    }

    [Theory]
    [InlineData("""{"name":"OpenIdApplication","ClientId":"bad-password","AllowPasswordFlow":true,"AllowClientCredentialsFlow":true}""", "$.steps[1].AllowPasswordFlow", "password")]
    [InlineData("""{"name":"OpenIdApplication","ClientId":"bad-implicit","AllowImplicitFlow":true,"AllowAuthorizationCodeFlow":true,"RedirectUris":"https://a.example/cb"}""", "$.steps[1].AllowImplicitFlow", "implicit")]
    [InlineData("""{"name":"OpenIdApplication","Applications":[{"ClientId":"bad-js","AllowAuthorizationCodeFlow":true,"RedirectUris":"javascript:alert(1)"}]}""", "$.steps[1].Applications[0].RedirectUris", "javascript:")]
    [InlineData("""{"name":"OpenIdApplication","ClientId":"bad-role","AllowClientCredentialsFlow":true,"RoleEntries":[{"Name":"NoSuchRole","Selected":true}]}""", "$.steps[1].RoleEntries", "NoSuchRole")]
    [InlineData("""{"name":"OpenIdApplication","ClientId":"bad-scope","AllowClientCredentialsFlow":true,"ScopeEntries":[{"Selected":true}]}""", "$.steps[1].ScopeEntries[0]", "Name")]
    [InlineData("""{"name":"OpenIdApplication","ClientId":"bad-type","Type":"spa","AllowClientCredentialsFlow":true}""", "$.steps[1].Type", "confidential")]
    [InlineData("""{"name":"OpenIdApplication","ClientId":"bad-secret","Type":"public","ClientSecret":"recipe-secret-0123456789","AllowAuthorizationCodeFlow":true,"RedirectUris":"https://a.example/cb"}""", "$.steps[1].ClientSecret", "public")]
    [InlineData("""{"name":"OpenIdApplication","ClientId":"bad-flag","AllowClientCredentialsFlow":"yes"}""", "$.steps[1].AllowClientCredentialsFlow", "true or false")]
    [InlineData("""{"name":"OpenIdScope","ScopeName":"has space"}""", "$.steps[1].ScopeName", "ScopeName")]
    [InlineData("""{"name":"OpenIdScope","ScopeName":"openid"}""", "$.steps[1].ScopeName", "every site")]
    [InlineData("""{"name":"OpenIdServerSettings","AccessTokenLifetime":"30.00:00:00"}""", "$.steps[1].AccessTokenLifetime", "AccessTokenLifetime")]
    [InlineData("""{"name":"OpenIdServerSettings","RefreshTokenLifetime":"soon"}""", "$.steps[1].RefreshTokenLifetime", "time span")]
    [InlineData("""{"name":"OpenIdServerSettings","AllowPasswordFlow":true}""", "$.steps[1].AllowPasswordFlow", "password")]
    public async Task Import_WhenAnEntryIsBad_FailsAtItsPath_AndNothingIsWritten(string badStep, string path, string expected)
    {
        var settingsBefore = await RunAsync<ServerSettingsStore, OpenIdServerSettings>(site, s => s.GetAsync());
        var good = """{"name":"OpenIdScope","ScopeName":"half_written","DisplayName":"Must not stay"}""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(site, good + "," + badStep
            + """,{"name":"OpenIdServerSettings","AccessTokenLifetime":"00:05:00"}"""));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Null(await RunAsync<IOpenIddictScopeManager, object?>(site, async m => await m.FindByNameAsync("half_written")));
        Assert.Equal(settingsBefore, await RunAsync<ServerSettingsStore, OpenIdServerSettings>(site, s => s.GetAsync()));
    }

    [Fact]
    public async Task Import_WhenSecondApplicationIsBad_TheFirstIsNotWritten()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(site, """
            {"name":"OpenIdApplication","Applications":[
              {"ClientId":"half-first","Type":"confidential","ClientSecret":"recipe-secret-0123456789","AllowClientCredentialsFlow":true},
              {"ClientId":"half-second","Type":"public","AllowClientCredentialsFlow":true}]}
            """));

        Assert.Equal("$.steps[0].Applications[1].AllowClientCredentialsFlow", error.JsonPath);
        Assert.Equal("half-second", error.Item);
        Assert.Null(await RunAsync<ApplicationService, ApplicationInput?>(site, s => s.FindAsync("half-first")));
        using var http = site.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthClient.ClientCredentialsAsync(http, "half-first", Secret)).Status);
    }

    private static async Task<RecipeReport> ImportAsync(OpenIdSite target, string steps)
        => await RunAsync<RecipeExecutor, RecipeReport>(target, e => e.ExecuteAsync(
            RecipeReader.Read("{\"name\":\"openid\",\"steps\":[" + steps + "]}", "openid.recipe.json"), new Dictionary<string, string>()));

    private static Task<JsonObject> ExportAsync(OpenIdSite target)
        => RunAsync<RecipeExporter, JsonObject>(target, e => e.ExportAsync("export", options: new RecipeExportOptions
        {
            Steps = new HashSet<string>(["OpenIdServerSettings", "OpenIdScope", "OpenIdApplication"]),
        }));

    private static JsonObject Only(JsonObject recipe, params string[] names)
    {
        foreach (var step in recipe["steps"]!.AsArray())
        {
            foreach (var (list, key) in new[] { ("Scopes", "ScopeName"), ("Applications", "ClientId") })
            {
                if (step![list] is JsonArray entries)
                {
                    step[list] = new JsonArray([.. entries.Where(e => names.Contains((string?)e![key])).Select(e => e!.DeepClone())]);
                }
            }
        }

        return recipe;
    }

    /// <summary>The exported steps as the text of a recipe's step list.</summary>
    private static string Steps(JsonObject recipe) => string.Join(",", recipe["steps"]!.AsArray().Select(s => s!.ToJsonString()));

    private static async Task<TResult> RunAsync<TService, TResult>(OpenIdSite target, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = target.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
