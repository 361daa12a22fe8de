using System.Security.Claims;
using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>Where a job's page and progress are, and the origin a request gives the job it starts.</summary>
public static class RecipeJobPages
{
    /// <summary>The import screen, where a recipe is uploaded (its <c>@page</c>).</summary>
    public const string ImportPath = "/admin/recipes/import";

    /// <summary>The job's page.</summary>
    public static string PagePath(string jobId) => $"/admin/recipes/import/{jobId}";

    /// <summary>The job's progress as JSON.</summary>
    public static string ProgressPath(string jobId) => $"/admin/recipes/import/{jobId}/progress";

    /// <summary>The request's tenant, user and address: copied, so the job keeps nothing of the request.</summary>
    public static JobOrigin Origin(HttpContext context, ITenantContext tenant)
        => new(
            tenant.Tenant,
            context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            context.User.Identity?.Name ?? "",
            context.Connection.RemoteIpAddress?.ToString());

    /// <summary>The signed-in user's id, as jobs are keyed.</summary>
    public static string UserId(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
