using BananPark.Cms.Admin.Services.Importing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Data;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

/// <summary>The job registry: one job per tenant, each in a scope of its own acting as its starter, seen only by them, forgotten in time.</summary>
public sealed class RecipeJobsTests : RecipeJobTest
{
    private readonly HttpContextProbe _probe = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton(_probe);
        services.AddScoped<IRecipeStep, HttpContextProbe.Step>();
    }

    [Fact]
    public async Task Start_WhileAJobRunsInTheTenant_AnswersBusyWithThatJob()
    {
        Gate.Arm();
        var running = Start(RecipeJobKind.Check, "generated.recipe.json", GeneratedEnterprises.Recipe(600));
        RecipeJobStart second;
        try
        {
            await Gate.Held.WaitAsync(TimeSpan.FromMinutes(1), Cancel);
            second = Jobs.Start(RecipeJobKind.Import, Origin("other-id", "other"), "yudong.recipe.json", NewGroup);
        }
        finally
        {
            Gate.Release();
            await FinishedAsync(running);
        }

        Assert.Equal(RecipeJobStartOutcome.Busy, second.Outcome);
        Assert.Same(running, second.Job);
        Assert.StartsWith("A recipe check is running, started by admin at 2026-11-01 08:00 UTC.", RecipeJobText.Busy(running), StringComparison.Ordinal);
        var after = Jobs.Start(RecipeJobKind.Check, Origin("other-id", "other"), "yudong.recipe.json", NewGroup);
        Assert.Equal(RecipeJobStartOutcome.Started, after.Outcome);
        await FinishedAsync(after.Job!);
    }

    [Fact]
    public async Task Find_ForAnotherUserOrTenant_FindsNothing()
    {
        var job = await RunAsync(RecipeJobKind.Check, "yudong.recipe.json", NewGroup);

        Assert.Same(job, Jobs.Find(job.Id, job.Origin.Tenant.Name, "admin-id"));
        Assert.Null(Jobs.Find(job.Id, job.Origin.Tenant.Name, "someone-else"));
        Assert.Null(Jobs.Find(job.Id, "AnotherTenant", "admin-id"));
        Assert.Null(Jobs.Find("0123456789abcdef0123456789abcdef", job.Origin.Tenant.Name, "admin-id"));
    }

    [Fact]
    public async Task Find_FifteenMinutesAfterTheJobFinished_FindsNothing()
    {
        var job = await RunAsync(RecipeJobKind.Check, "yudong.recipe.json", NewGroup);

        Clock.Advance(RecipeJobs.Retention);
        var justInTime = Jobs.Find(job.Id, job.Origin.Tenant.Name, "admin-id");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var forgotten = Jobs.Find(job.Id, job.Origin.Tenant.Name, "admin-id");

        Assert.Same(job, justInTime);
        Assert.Null(forgotten);
    }

    [Fact]
    public async Task Confirm_ImportsTheCheckedFileOnceAndOnlyWithItsOwnToken()
    {
        var yudong = await RunAsync(RecipeJobKind.Check, "yudong.recipe.json", NewGroup);
        var other = await RunAsync(RecipeJobKind.Check, "other.recipe.json", NewGroup.Replace("groups/yudong", "groups/other", StringComparison.Ordinal));

        var crossed = Jobs.Confirm(yudong, other.ConfirmToken!, Origin());
        var foreign = Jobs.Confirm(yudong, yudong.ConfirmToken!, Origin("thief-id", "thief"));
        var token = other.ConfirmToken!;
        var imported = Jobs.Confirm(other, token, Origin());
        await FinishedAsync(imported.Job!);
        var firstRoute = await RouteAsync();
        var again = Jobs.Confirm(other, token, Origin());
        var stillYours = Jobs.Confirm(yudong, yudong.ConfirmToken!, Origin());
        await FinishedAsync(stillYours.Job!);

        Assert.Equal(RecipeJobStartOutcome.Expired, crossed.Outcome);
        Assert.Equal(RecipeJobStartOutcome.Expired, foreign.Outcome);
        Assert.Equal(RecipeJobStartOutcome.Started, imported.Outcome);
        Assert.Equal(RecipeJobState.Succeeded, imported.Job!.State);
        Assert.Equal("other.recipe.json", imported.Job.FileName);
        Assert.Equal(imported.Job.Id, other.ImportJobId);
        Assert.Null(other.ConfirmToken);
        Assert.Equal(RecipeJobStartOutcome.Expired, again.Outcome);
        Assert.Equal(RecipeJobStartOutcome.Started, stillYours.Outcome);
        Assert.Equal("groups/other", firstRoute);
        Assert.Equal("groups/yudong", await RouteAsync());
    }

    [Fact]
    public async Task Import_IsRecordedAsTheUserWhoStartedIt_WithTheirAddress()
    {
        await ImportedAsync("yudong.recipe.json", NewGroup, Origin("importer-id", "importer", "203.0.113.9"));

        var item = await Tenant.RunAsync<IContentManager, ContentItem?>(c => c.GetAsync("4yudonggroupimport00000000", VersionOptions.Latest));
        var audit = await Tenant.RunAsync<CmsDbContext, List<string>>(db => db.AuditEvents.AsNoTracking()
            .Where(e => (e.Event == "RecipeImported" && e.DisplayText!.StartsWith("yudong.recipe.json")) || e.ContentItemId == "4yudonggroupimport00000000").Select(e => e.Event + " " + e.UserId + " " + e.UserName).ToListAsync());
        var security = await Tenant.RunAsync<CmsIdentityDbContext, List<string>>(db => db.SecurityEvents.AsNoTracking()
            .Where(e => e.Kind == "RecipeImported").Select(e => e.Actor + " " + e.Subject + " " + e.IpAddress).ToListAsync());

        Assert.Equal("importer-id", item!.Owner);
        Assert.Contains("RecipeImported importer-id importer", audit);
        Assert.Contains("Imported importer-id importer", audit);
        Assert.Equal(2, audit.Count);
        Assert.Equal("importer yudong.recipe.json 203.0.113.9", Assert.Single(security));
    }

    [Fact]
    public async Task Start_FromARequest_RunsWithoutThatRequestsHttpContext()
    {
        var accessor = Scope.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = SignedIn("request-id", "request-user") };
        var probe = """{ "name": "probe", "steps": [ { "name": "HttpContextProbe" } ] }""";
        RecipeJob job;
        try
        {
            job = await RunAsync(RecipeJobKind.Check, "probe.recipe.json", probe);
        }
        finally
        {
            accessor.HttpContext = null;
        }

        Assert.Equal(RecipeJobState.Succeeded, job.State);
        Assert.False(Assert.Single(_probe.SawHttpContext));
    }

    /// <summary>The route of the recipes' one group: which of the files was imported last.</summary>
    private async Task<string?> RouteAsync()
        => (await Tenant.RunAsync<IContentManager, ContentItem?>(c => c.GetAsync("4yudonggroupimport00000000", VersionOptions.Latest)))?.As<AutoroutePart>()?.Path;

    /// <summary>Records, from inside a job, whether the job's scope sees an HttpContext.</summary>
    private sealed class HttpContextProbe
    {
        public List<bool> SawHttpContext { get; } = [];

        public sealed class Step(HttpContextProbe probe, IHttpContextAccessor accessor) : IRecipeStep
        {
            public string Name => nameof(HttpContextProbe);

            public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
            {
                probe.SawHttpContext.Add(accessor.HttpContext is not null);
                return Task.CompletedTask;
            }
        }
    }
}
