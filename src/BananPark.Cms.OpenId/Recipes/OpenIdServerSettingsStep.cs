using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.OpenId.Settings;

namespace BananPark.Cms.OpenId.Recipes;

/// <summary>
/// Orchard's <c>OpenIdServerSettings</c> step: <c>AllowAuthorizationCodeFlow</c>, <c>AllowClientCredentialsFlow</c>,
/// <c>AllowRefreshTokenFlow</c> and the lifetimes (<c>AccessTokenLifetime</c>, <c>AuthorizationCodeLifetime</c>,
/// <c>IdentityTokenLifetime</c>, <c>RefreshTokenLifetime</c>, as <c>"01:00:00"</c> or seconds). What the step leaves
/// out keeps its value; Orchard's other settings (endpoints, authority, token format) are fixed here and reported as
/// ignored; the password, implicit and hybrid flows are refused.
/// </summary>
internal sealed class OpenIdServerSettingsStep(ServerSettingsStore store) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "OpenIdServerSettings";

    private static readonly string[] Known =
    [
        "name", nameof(OpenIdServerSettings.AllowAuthorizationCodeFlow), nameof(OpenIdServerSettings.AllowClientCredentialsFlow),
        nameof(OpenIdServerSettings.AllowRefreshTokenFlow), nameof(OpenIdServerSettings.AccessTokenLifetime),
        nameof(OpenIdServerSettings.AuthorizationCodeLifetime), nameof(OpenIdServerSettings.IdentityTokenLifetime),
        nameof(OpenIdServerSettings.RefreshTokenLifetime), "AllowPasswordFlow", "AllowImplicitFlow", "AllowHybridFlow",
    ];

    public string Name => StepName;

    public int Order => 6;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var json = new StepJson(context, context.Step, "");
        json.RefuseFlowsNotOffered();
        var current = await store.GetAsync(cancellationToken);
        var next = current with
        {
            AllowAuthorizationCodeFlow = json.Flag(nameof(current.AllowAuthorizationCodeFlow)) ?? current.AllowAuthorizationCodeFlow,
            AllowClientCredentialsFlow = json.Flag(nameof(current.AllowClientCredentialsFlow)) ?? current.AllowClientCredentialsFlow,
            AllowRefreshTokenFlow = json.Flag(nameof(current.AllowRefreshTokenFlow)) ?? current.AllowRefreshTokenFlow,
            AccessTokenLifetime = json.Lifetime(nameof(current.AccessTokenLifetime)) ?? current.AccessTokenLifetime,
            AuthorizationCodeLifetime = json.Lifetime(nameof(current.AuthorizationCodeLifetime)) ?? current.AuthorizationCodeLifetime,
            IdentityTokenLifetime = json.Lifetime(nameof(current.IdentityTokenLifetime)) ?? current.IdentityTokenLifetime,
            RefreshTokenLifetime = json.Lifetime(nameof(current.RefreshTokenLifetime)) ?? current.RefreshTokenLifetime,
        };

        var problems = next.Problems();
        if (problems.Count > 0)
        {
            throw json.Error(problems[0].Split(' ')[0], string.Join(" ", problems));
        }

        foreach (var ignored in context.Step.Select(p => p.Key).Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            context.Report.Warn($"{context.StepPath}.{ignored}: not a setting of this site (its endpoints and token format are fixed); ignored.");
        }

        await store.SaveAsync(next, cancellationToken);
        context.Report.Count(StepName);
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        return new JsonObject
        {
            ["name"] = StepName,
            [nameof(settings.AllowAuthorizationCodeFlow)] = settings.AllowAuthorizationCodeFlow,
            [nameof(settings.AllowClientCredentialsFlow)] = settings.AllowClientCredentialsFlow,
            [nameof(settings.AllowRefreshTokenFlow)] = settings.AllowRefreshTokenFlow,
            [nameof(settings.AccessTokenLifetime)] = Span(settings.AccessTokenLifetime),
            [nameof(settings.AuthorizationCodeLifetime)] = Span(settings.AuthorizationCodeLifetime),
            [nameof(settings.IdentityTokenLifetime)] = Span(settings.IdentityTokenLifetime),
            [nameof(settings.RefreshTokenLifetime)] = Span(settings.RefreshTokenLifetime),
        };
    }

    private static string Span(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
