using BananPark.Cms.Admin.Components.Recipes;
using BananPark.Cms.Admin.Services.Importing;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class RecipeImportTests : RecipeJobTest
{
    [Fact]
    public void Render_WhenShown_AsksForAFileWithAMultipartFormAndAntiforgeryToken()
    {
        var cut = RenderAs<RecipeImport>(Administrator);

        var form = cut.Find("form");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Recipe file (.json)", cut.Find("label[for=recipe]").TextContent);
        Assert.Equal("file", cut.Find("input#recipe").GetAttribute("type"));
        Assert.Equal("Check the recipe", form.QuerySelector("button[type=submit]")?.TextContent);
    }

    [Fact]
    public void Render_BeforeAnyCheck_OffersNoImportButtonAndNoReport()
    {
        var cut = RenderAs<RecipeImport>(Administrator);

        Assert.Empty(cut.FindAll("input[name=Token]"));
        Assert.Empty(cut.FindAll("table"));
        Assert.Empty(cut.FindAll("[role=alert]"));
        Assert.Empty(cut.FindAll(".alert"));
        Assert.Contains("nothing changes until you confirm", cut.Find("p.hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WhileSomeonesJobRuns_SaysWhoStartedItAndWhenOrLinksTheStarterToIt()
    {
        Gate.Arm();
        var job = Start(RecipeJobKind.Check, "generated.recipe.json", GeneratedEnterprises.Recipe(600));
        try
        {
            await Gate.Held.WaitAsync(TimeSpan.FromMinutes(1), Cancel);

            var other = RenderAs<RecipeImport>(SignedIn("editor-id", "editor"));
            var starter = RenderAs<RecipeImport>(Administrator);

            Assert.StartsWith("A recipe check is running, started by admin at 2026-11-01 08:00 UTC.", other.Find(".alert-warning").TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal($"/admin/recipes/import/{job.Id}", starter.Find(".alert-warning a").GetAttribute("href"));
            Assert.Equal("Check the recipe", other.Find("form button[type=submit]").TextContent);
        }
        finally
        {
            Gate.Release();
            await FinishedAsync(job);
        }
    }
}
