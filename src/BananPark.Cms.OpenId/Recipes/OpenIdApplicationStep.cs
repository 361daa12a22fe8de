using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.OpenId.Applications;

namespace BananPark.Cms.OpenId.Recipes;

/// <summary>
/// Orchard's <c>OpenIdApplication</c> step: <c>ClientId</c>, <c>ClientSecret</c>, <c>Type</c> (confidential or
/// public), <c>ConsentType</c> (explicit or implicit), <c>DisplayName</c>, <c>RedirectUris</c> and
/// <c>PostLogoutRedirectUris</c> (separated by spaces, or arrays), <c>AllowClientCredentialsFlow</c>,
/// <c>AllowAuthorizationCodeFlow</c>, <c>AllowRefreshTokenFlow</c>, <c>RoleEntries</c> and <c>ScopeEntries</c>
/// (<c>{ Name, Selected }</c>), and this site's <c>CorsOrigins</c>. Orchard writes one application per step; an export
/// writes them all as <c>Applications[]</c> and never a secret. An application that exists is replaced, its secret
/// kept unless the step gives one.
/// </summary>
internal sealed class OpenIdApplicationStep(ApplicationService applications) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "OpenIdApplication";

    private const string List = "Applications";

    /// <summary>Orchard's names for the fields the service reports problems on.</summary>
    private static readonly Dictionary<string, string> OrchardNames = new(StringComparer.Ordinal)
    {
        [nameof(ApplicationInput.Scopes)] = "ScopeEntries",
        [nameof(ApplicationInput.Roles)] = "RoleEntries",
    };

    public string Name => StepName;

    public int Order => 8;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in StepEntries.Of(context, List))
        {
            var (input, secret, json) = Read(entry);
            var exists = await applications.FindAsync(input.ClientId, cancellationToken) is not null;
            var result = exists
                ? await applications.UpdateAsync(input, secret, cancellationToken)
                : await applications.CreateAsync(input, secret, cancellationToken);
            if (!result.Succeeded)
            {
                var (field, problem) = result.Problems.First();
                throw json.Error(OrchardNames.GetValueOrDefault(field, field), problem);
            }

            if (!exists && input.Type == ApplicationInput.Confidential && secret is null)
            {
                context.Report.Warn($"{context.StepPath}: application '{input.ClientId}' was given a secret nobody has seen; make a new one in the admin before using it.");
            }

            context.Report.Count(StepName);
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var application in (await applications.ListAsync(cancellationToken)).OrderBy(a => a.ClientId, StringComparer.Ordinal))
        {
            list.Add(Write(application));
        }

        return list.Count == 0 ? null : new JsonObject { ["name"] = StepName, [List] = list };
    }

    /// <summary>The application as Orchard's step writes it, without any secret.</summary>
    public static JsonObject Write(ApplicationInput application) => new()
    {
        ["ClientId"] = application.ClientId,
        ["DisplayName"] = application.DisplayName,
        ["Type"] = application.Type,
        ["ConsentType"] = application.RequireConsent ? "explicit" : "implicit",
        ["RedirectUris"] = string.Join(' ', application.RedirectUris),
        ["PostLogoutRedirectUris"] = string.Join(' ', application.PostLogoutRedirectUris),
        ["AllowAuthorizationCodeFlow"] = application.AllowAuthorizationCodeFlow,
        ["AllowClientCredentialsFlow"] = application.AllowClientCredentialsFlow,
        ["AllowRefreshTokenFlow"] = application.AllowRefreshTokenFlow,
        ["RoleEntries"] = StepJson.Entries(application.Roles.Order(StringComparer.Ordinal)),
        ["ScopeEntries"] = StepJson.Entries(application.Scopes.Order(StringComparer.Ordinal)),
        ["CorsOrigins"] = new JsonArray([.. application.CorsOrigins.Select(o => (JsonNode)o)]),
    };

    private static (ApplicationInput Input, string? Secret, StepJson Json) Read(StepJson entry)
    {
        var clientId = entry.Text("ClientId");
        if (string.IsNullOrEmpty(clientId))
        {
            throw entry.Error("ClientId", "each application needs a 'ClientId'.");
        }

        var json = entry.For(clientId);
        json.RefuseFlowsNotOffered();
        var type = (json.Text("Type") ?? ApplicationInput.Confidential).ToLowerInvariant();
        var consent = (json.Text("ConsentType") ?? "explicit").ToLowerInvariant();
        if (consent is not ("explicit" or "implicit"))
        {
            throw json.Error("ConsentType", $"'{consent}' is not explicit or implicit.");
        }

        var input = new ApplicationInput
        {
            ClientId = clientId,
            DisplayName = json.Text("DisplayName") ?? clientId,
            Type = type,
            RedirectUris = json.Words("RedirectUris"),
            PostLogoutRedirectUris = json.Words("PostLogoutRedirectUris"),
            AllowAuthorizationCodeFlow = json.Flag("AllowAuthorizationCodeFlow") ?? false,
            AllowClientCredentialsFlow = json.Flag("AllowClientCredentialsFlow") ?? false,
            AllowRefreshTokenFlow = json.Flag("AllowRefreshTokenFlow") ?? false,
            Roles = json.Selected("RoleEntries"),
            Scopes = json.Selected("ScopeEntries"),
            CorsOrigins = json.Words("CorsOrigins"),
            RequireConsent = consent == "explicit",
        };
        var secret = json.Text("ClientSecret") is { Length: > 0 } given ? given : null;
        return (input, secret, json);
    }
}
