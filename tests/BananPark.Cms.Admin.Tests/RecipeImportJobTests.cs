using BananPark.Cms.Admin.Components.Recipes;
using BananPark.Cms.Admin.Services.Importing;
using BananPark.Cms.Testing;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

/// <summary>The page of one recipe check or import: running, checked, imported, failed, or not the viewer's.</summary>
public sealed class RecipeImportJobTests : RecipeJobTest
{
    [Fact]
    public async Task Render_WhenRunning_ShowsStepItemsDoneOfTotalAndElapsedTime()
    {
        Gate.Arm();
        var job = Start(RecipeJobKind.Check, "generated.recipe.json", GeneratedEnterprises.Recipe(1_000));
        try
        {
            await Gate.Held.WaitAsync(TimeSpan.FromMinutes(1), Cancel);
            Clock.Advance(TimeSpan.FromSeconds(12));

            var cut = RenderJob(job.Id);

            Assert.Equal("Checking generated.recipe.json", cut.Find("h1").TextContent);
            Assert.Equal("Step 1 of 1: Content", cut.Find("#progress-step").TextContent);
            var progress = cut.Find("progress#job-progress");
            Assert.Equal("1000", progress.GetAttribute("max"));
            Assert.Equal("500", progress.GetAttribute("value"));
            Assert.Equal("job-items", progress.GetAttribute("aria-describedby"));
            Assert.Equal("Items checked", cut.Find("label[for=job-progress]").TextContent);
            Assert.Equal("500 of 1,000 items", cut.Find("#job-items").TextContent);
            Assert.Equal("12 s", cut.Find("[data-job-elapsed]").TextContent);
            Assert.Equal($"/admin/recipes/import/{job.Id}/progress", cut.Find("[data-job-progress]").GetAttribute("data-job-progress"));
            Assert.Empty(cut.FindAll("form"));
            Assert.Empty(cut.FindAll("table"));
        }
        finally
        {
            Gate.Release();
            await FinishedAsync(job);
        }
    }

    [Fact]
    public async Task Render_WhenChecked_ShowsTheReportAndTheConfirmation()
    {
        var job = await RunAsync(RecipeJobKind.Check, "yudong.recipe.json", NewGroup);

        var cut = RenderJob(job.Id);

        Assert.Equal("Checked yudong.recipe.json", cut.Find("h1").TextContent);
        Assert.Equal("What this recipe would do · yudong", cut.Find("#report-heading").TextContent);
        Assert.Equal("1", Count(cut, "Content items created"));
        Assert.Equal("0.0 s", cut.Find("[data-job-duration]").TextContent);
        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.False(form.HasAttribute("hidden"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal(job.ConfirmToken, form.QuerySelector("input[type=hidden][name=Token]")?.GetAttribute("value"));
        Assert.Matches("^[0-9a-f]{32}$", job.ConfirmToken);
        Assert.Equal("Import yudong.recipe.json", form.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Empty(cut.FindAll("[role=alert]"));
        Assert.Empty(cut.FindAll("[data-job-progress]"));
    }

    [Fact]
    public async Task Render_WhenImported_ShowsTheReportAndHowLongItTook()
    {
        var check = await RunAsync(RecipeJobKind.Check, "yudong.recipe.json", NewGroup);
        Gate.Arm(holdAtBatch: 1);
        var import = Jobs.Confirm(check, check.ConfirmToken!, Origin()).Job!;
        try
        {
            await Gate.Held.WaitAsync(TimeSpan.FromMinutes(1), Cancel);
            Clock.Advance(TimeSpan.FromSeconds(75));
        }
        finally
        {
            Gate.Release();
            await FinishedAsync(import);
        }

        var cut = RenderJob(import.Id);
        var checkPage = RenderJob(check.Id);

        Assert.Equal("Imported yudong.recipe.json", cut.Find("h1").TextContent);
        Assert.Equal("Imported · yudong", cut.Find("#report-heading").TextContent);
        Assert.Equal("1", Count(cut, "Content items created"));
        Assert.Equal("1 min 15 s", cut.Find("[data-job-duration]").TextContent);
        Assert.Contains("imported in 1 min 15 s", cut.Find("p.muted").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("form"));
        Assert.Equal($"/admin/recipes/import/{import.Id}", checkPage.Find("a[href^='/admin/recipes/import/']").GetAttribute("href"));
        Assert.True(checkPage.Find("form").HasAttribute("hidden"));
        Assert.Null(checkPage.Find("input[name=Token]").GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WhenTheRecipeIsBad_ShowsTheProblemWithItsPathAndNoConfirmation()
    {
        var job = await RunAsync(RecipeJobKind.Check, "bad.recipe.json", NewGroup.Replace("\"Value\": 3.5", "\"Value\": \"three\"", StringComparison.Ordinal));

        var cut = RenderJob(job.Id);

        Assert.Equal("bad.recipe.json cannot be imported", cut.Find("h1").TextContent);
        var alert = cut.Find("[role=alert]").TextContent;
        Assert.StartsWith("bad.recipe.json, step 'Content', item 'Yudong', at $.steps[0].data[0].Group.Area.Value", alert, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("form"));
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public async Task Render_WhenTheJobIsSomeoneElses_IsNotFoundAndShowsNothingOfIt()
    {
        var job = await RunAsync(RecipeJobKind.Check, "yudong.recipe.json", NewGroup);
        var notFound = 0;
        Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound++;

        var cut = RenderAs<RecipeImportJob>(SignedIn("editor-id", "editor"), p => p.Add(c => c.JobId, job.Id));
        var unknown = RenderJob("0123456789abcdef0123456789abcdef");

        Assert.Equal(2, notFound);
        Assert.Empty(cut.FindAll("h1"));
        Assert.DoesNotContain("yudong", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(cut.FindAll("form"));
        Assert.Empty(unknown.FindAll("h1"));
    }

    private static string Count(IRenderedComponent<RecipeImportJob> cut, string change)
        => cut.FindAll("tbody tr").Single(row => row.QuerySelector("th")!.TextContent == change).QuerySelector("td")!.TextContent;

    private IRenderedComponent<RecipeImportJob> RenderJob(string jobId)
        => RenderAs<RecipeImportJob>(Administrator, p => p.Add(c => c.JobId, jobId));
}
