using BananPark.Cms.Admin.Components.Recipes;
using BananPark.Cms.Admin.Services;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class RecipeExportTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public void Render_WhenShown_OffersEveryContentTypeAndStepTicked()
    {
        var cut = RenderAs<RecipeExport>(Administrator);

        Assert.Equal(["Park", "Group", "Cluster", "Enterprise"], cut.FindAll("input[name=Types]").Select(i => i.GetAttribute("value")));
        Assert.All(cut.FindAll("input[type=checkbox]"), box => Assert.True(box.HasAttribute("checked")));
        Assert.Equal(["Settings", "Roles", "Themes", "ContentDefinition", "Content"], cut.FindAll("input[name=Steps]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void Render_WhenShown_PostsToTheDownloadWithAntiforgeryToken()
    {
        var cut = RenderAs<RecipeExport>(Administrator);

        var form = cut.Find("form");
        Assert.Equal(RecipeExportEndpoints.DownloadPath, form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Download the recipe", form.QuerySelector("button[type=submit]")?.TextContent);
    }
}
