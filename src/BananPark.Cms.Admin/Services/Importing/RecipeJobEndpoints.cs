using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>
/// A running job's progress as JSON, for the admin script that updates the job's page in place (the page also
/// refreshes itself without the script). Only the user who started the job gets it; anyone else gets 404.
/// </summary>
public static class RecipeJobEndpoints
{
    public static IEndpointRouteBuilder MapRecipeJobProgress(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(RecipeJobPages.ProgressPath("{jobId}"), Progress)
            .RequireAuthorization(RequirePermissionAttribute.PolicyPrefix + CmsPermissions.ImportRecipes.Name);
        return endpoints;
    }

    private static IResult Progress(string jobId, HttpContext context, RecipeJobs jobs, ITenantContext tenant, TimeProvider clock)
    {
        context.Response.Headers.CacheControl = "no-store";
        var userId = RecipeJobPages.UserId(context);
        if (jobs.Find(jobId, tenant.Tenant.Name, userId) is not { } job)
        {
            return Results.NotFound();
        }

        var progress = job.Progress;
        return Results.Json(new RecipeJobProgress(
            job.State.ToString().ToLowerInvariant(),
            RecipeJobText.Step(progress),
            progress?.ItemsDone ?? 0,
            progress?.ItemsTotal ?? 0,
            RecipeJobText.Items(progress),
            RecipeJobText.Duration(job.Elapsed(clock.GetUtcNow()))));
    }
}

/// <summary>What the progress endpoint answers: the job's state (<c>running</c>, <c>succeeded</c>, <c>failed</c>) and the page's words.</summary>
public sealed record RecipeJobProgress(string State, string Step, int ItemsDone, int ItemsTotal, string Items, string Elapsed);
