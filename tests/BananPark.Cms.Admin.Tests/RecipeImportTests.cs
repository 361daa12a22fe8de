using BananPark.Cms.Admin.Components.Recipes;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class RecipeImportTests : TenantComponentTest
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
        Assert.Contains("nothing changes until you confirm", cut.Find("p.hint").TextContent, StringComparison.Ordinal);
    }
}
