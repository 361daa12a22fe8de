using System.Globalization;
using System.Text;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Recipes.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Admin.Services;

/// <summary>The download behind the export screen: the chosen types and steps as a strict-JSON recipe.</summary>
public static class RecipeExportEndpoints
{
    public const string DownloadPath = "/admin/recipes/export/download";

    public static IEndpointRouteBuilder MapRecipeExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(DownloadPath, DownloadAsync)
            .RequireAuthorization(RequirePermissionAttribute.PolicyPrefix + CmsPermissions.ExportRecipes.Name)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext context, IAntiforgery antiforgery, RecipeExporter exporter, ISiteSettingsStore settings, SecurityLog log, TimeProvider clock)
    {
        if (!await FormPosts.IsTrustedAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = context.Request.Form;
        var options = new RecipeExportOptions
        {
            ContentTypes = form["Types"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToHashSet(StringComparer.Ordinal),
            Steps = form["Steps"].Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToHashSet(StringComparer.Ordinal),
        };
        var now = clock.GetUtcNow();
        var site = (await settings.GetAsync(context.RequestAborted)).SiteName ?? "site";
        var text = await exporter.ExportTextAsync("export", $"Export of {site}, {now:yyyy-MM-dd}", options, context.RequestAborted);
        await log.WriteAsync(SecurityEventKinds.RecipeExported, context.User.Identity?.Name, null,
            $"steps: {string.Join(", ", options.Steps!)}; types: {string.Join(", ", options.ContentTypes!)}", context.RequestAborted);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"export-{now:yyyyMMdd-HHmm}.recipe.json");
        return Results.File(Encoding.UTF8.GetBytes(text), "application/json", fileName);
    }
}
