using System.Globalization;
using System.Text;
using BananPark.Cms.Core.ContentManagement;
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
        endpoints.MapPost(ItemsPath, DownloadItemsAsync)
            .RequireAuthorization(RequirePermissionAttribute.PolicyPrefix + CmsPermissions.ExportRecipes.Name)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    /// <summary>Where the content list posts the items chosen for export.</summary>
    public const string ItemsPath = "/admin/content/export";

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
        return await WriteAsync(context, exporter, settings, log, clock, options);
    }

    /// <summary>The items ticked in the content list, with their types' definitions.</summary>
    private static async Task<IResult> DownloadItemsAsync(
        HttpContext context, IAntiforgery antiforgery, IContentManager content, RecipeExporter exporter, ISiteSettingsStore settings, SecurityLog log, TimeProvider clock)
    {
        if (!await FormPosts.IsTrustedAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var ids = context.Request.Form["Selected"].Where(id => id is { Length: > 0 and <= 26 }).Select(id => id!).Take(1000).ToHashSet(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (await content.GetAsync(id, VersionOptions.Latest, context.RequestAborted) is { } item)
            {
                types.Add(item.ContentType);
            }
        }

        if (types.Count == 0)
        {
            return Results.BadRequest("Select at least one item to export.");
        }

        var options = new RecipeExportOptions { ContentTypes = types, ContentItemIds = ids, Steps = new HashSet<string>(["ContentDefinition", "Content"], StringComparer.Ordinal) };
        return await WriteAsync(context, exporter, settings, log, clock, options);
    }

    private static async Task<IResult> WriteAsync(
        HttpContext context, RecipeExporter exporter, ISiteSettingsStore settings, SecurityLog log, TimeProvider clock, RecipeExportOptions options)
    {
        var now = clock.GetUtcNow();
        var site = (await settings.GetAsync(context.RequestAborted)).SiteName ?? "site";
        var text = await exporter.ExportTextAsync("export", $"Export of {site}, {now:yyyy-MM-dd}", options, context.RequestAborted);
        await log.WriteAsync(SecurityEventKinds.RecipeExported, context.User.Identity?.Name, null,
            $"steps: {string.Join(", ", options.Steps!)}; types: {string.Join(", ", options.ContentTypes!)}"
            + (options.ContentItemIds is { } items ? $"; items: {items.Count}" : ""), context.RequestAborted);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"export-{now:yyyyMMdd-HHmm}.recipe.json");
        return Results.File(Encoding.UTF8.GetBytes(text), "application/json", fileName);
    }
}
