using BananPark.Cms.Admin.Services.Importing;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

/// <summary>
/// A tenant with the Banan recipe, a clock the test moves and an <see cref="ImportGate"/>, for tests that run recipe
/// jobs through the real <see cref="RecipeJobs"/>: each job runs in a scope of its own, as in the site.
/// </summary>
public abstract class RecipeJobTest : TenantComponentTest
{
    /// <summary>A recipe of one new group, as an editor would upload it.</summary>
    public const string NewGroup = """
        {
          "name": "yudong",
          "steps": [
            { "name": "Content", "data": [ {
              "ContentItemId": "4yudonggroupimport00000000", "ContentType": "Group", "DisplayText": "Yudong",
              "Latest": true, "Published": true, "Owner": "[js: parameters('AdminUserId')]",
              "TitlePart": { "Title": "Yudong" }, "Group": { "Area": { "Value": 3.5 } }, "AutoroutePart": { "Path": "groups/yudong" }
            } ] }
          ]
        }
        """;

    protected override bool ImportsBananRecipe => true;

    protected static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    protected ManualClock Clock { get; } = new();

    protected RecipeJobs Jobs => Scope.GetRequiredService<RecipeJobs>();

    protected ImportGate Gate => Scope.GetRequiredService<ImportGate>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        ImportGate.AddImportGate(services);
    }

    /// <summary>A job origin in the test's tenant (the Administrator's id by default, as <see cref="TenantComponentTest.Administrator"/> has it).</summary>
    protected JobOrigin Origin(string userId = "admin-id", string userName = "admin", string? ipAddress = null)
        => new(Scope.GetRequiredService<ITenantContext>().Tenant, userId, userName, ipAddress);

    /// <summary>Starts a job, which must start, and returns it.</summary>
    protected RecipeJob Start(RecipeJobKind kind, string fileName, string json, JobOrigin? origin = null)
    {
        var start = Jobs.Start(kind, origin ?? Origin(), fileName, json);
        Assert.Equal(RecipeJobStartOutcome.Started, start.Outcome);
        return start.Job!;
    }

    /// <summary>Waits (at most a minute) for <paramref name="job"/> to finish.</summary>
    protected async Task<RecipeJob> FinishedAsync(RecipeJob job)
    {
        await Jobs.WhenFinishedAsync(job).WaitAsync(TimeSpan.FromMinutes(1), Cancel);
        Assert.NotEqual(RecipeJobState.Running, job.State);
        return job;
    }

    /// <summary>Starts a job and waits for it to finish.</summary>
    protected Task<RecipeJob> RunAsync(RecipeJobKind kind, string fileName, string json, JobOrigin? origin = null)
        => FinishedAsync(Start(kind, fileName, json, origin));

    /// <summary>A checked and confirmed recipe: the finished import job.</summary>
    protected async Task<RecipeJob> ImportedAsync(string fileName, string json, JobOrigin? origin = null)
    {
        var check = await RunAsync(RecipeJobKind.Check, fileName, json, origin);
        var start = Jobs.Confirm(check, check.ConfirmToken!, origin ?? Origin());
        Assert.Equal(RecipeJobStartOutcome.Started, start.Outcome);
        return await FinishedAsync(start.Job!);
    }
}
