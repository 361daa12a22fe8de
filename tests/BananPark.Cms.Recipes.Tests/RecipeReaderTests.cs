using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Services;

namespace BananPark.Cms.Recipes.Tests;

public sealed class RecipeReaderTests
{
    [Fact]
    public async Task ReadFileAsync_WhenRecipeHasCommentsAndMixedCaseStepNames_ReadsEveryStep()
    {
        var recipe = await RecipeReader.ReadFileAsync(OrchardFiles.Path("blog"), TestContext.Current.CancellationToken);

        Assert.Equal("Blog", recipe.Name);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Contains(recipe.Steps, s => s["name"]!.GetValue<string>() == "ContentDefinition");
        Assert.Equal("blog.recipe.json", recipe.Source);
    }

    [Fact]
    public void Read_WhenJsonIsBroken_NamesFileAndLine()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("{\n  \"name\": \"x\",\n  \"steps\": [ { \"name\": } ]\n}", "broken.recipe.json"));

        Assert.Equal("broken.recipe.json", error.RecipeSource);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"steps":[]}""", "$.name")]
    [InlineData("""{"name":"x"}""", "$.steps")]
    [InlineData("""{"name":"x","steps":[{"data":[]}]}""", "$.steps[0]")]
    [InlineData("""{"name":"x","steps":[42]}""", "$.steps[0]")]
    [InlineData("""[1,2]""", "$")]
    public void Read_WhenEnvelopeIsWrong_NamesThePath(string json, string path)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(json, "bad.recipe.json"));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void Read_WhenHeaderNamesDifferInCase_ReadsThem()
    {
        var recipe = RecipeReader.Read("""{"Name":"x","DisplayName":"X","IsSetupRecipe":true,"Steps":[{"Name":"Content","data":[]}]}""", "x");

        Assert.Equal("X", recipe.DisplayName);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal("Content", recipe.Steps[0]["name"]!.GetValue<string>());
    }
}
