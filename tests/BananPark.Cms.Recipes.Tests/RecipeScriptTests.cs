using BananPark.Cms.Recipes.Scripting;
using BananPark.Cms.Recipes.Services;

namespace BananPark.Cms.Recipes.Tests;

public sealed class RecipeScriptTests
{
    private static RecipeScriptScope Scope(string variables = "{}", string? folder = null)
        => new(RecipeReader.Read($$"""{"name":"t","variables":{{variables}},"steps":[]}""", "t.recipe.json", folder),
            new Dictionary<string, string> { ["AdminUsername"] = "admin", ["SiteName"] = "Banan" });

    [Fact]
    public void EvaluateString_WhenUuid_MakesDistinct26CharacterIds()
    {
        var scope = Scope();

        var first = RecipeScript.EvaluateString("[js:uuid()]", scope);
        var second = RecipeScript.EvaluateString("[js: uuid()]", scope);

        Assert.Equal(26, first!.Length);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void EvaluateString_WhenVariableUsedTwice_EvaluatesItOnce()
    {
        var scope = Scope("""{"parkId":"[js: uuid()]"}""");

        var first = RecipeScript.EvaluateString("[js: variables('parkId')]", scope);
        var second = RecipeScript.EvaluateString("[js:variables(\"parkId\")]", scope);

        Assert.Equal(first, second);
        Assert.Equal(26, first!.Length);
    }

    [Fact]
    public void EvaluateString_WhenConcatenating_JoinsLiteralsParametersAndVariables()
    {
        var scope = Scope("""{"prefix":"/Admin"}""");

        var value = RecipeScript.EvaluateString("[js: variables('prefix') + '/Users/' + parameters('AdminUsername')]", scope);

        Assert.Equal("/Admin/Users/admin", value);
    }

    [Fact]
    public void EvaluateString_WhenNotAScript_ReturnsNull()
        => Assert.Null(RecipeScript.EvaluateString("Chongqing [js] Banan", Scope()));

    [Theory]
    [InlineData("[js: new Date().toISOString()]")]
    [InlineData("[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]")]
    [InlineData("[js: require('fs')]")]
    [InlineData("[js: uuid() uuid()]")]
    [InlineData("[js: 'unterminated]")]
    public void EvaluateString_WhenScriptIsOutsideTheSubset_RefusesClearly(string script)
        => Assert.Throws<RecipeScriptException>(() => RecipeScript.EvaluateString(script, Scope()));

    [Fact]
    public void EvaluateString_WhenParameterUnknown_NamesIt()
    {
        var error = Assert.Throws<RecipeScriptException>(() => RecipeScript.EvaluateString("[js: parameters('Password')]", Scope()));

        Assert.Contains("Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateString_WhenFileIsNextToTheRecipe_ReadsIt()
    {
        var folder = Directory.CreateTempSubdirectory("recipe-files").FullName;
        File.WriteAllText(Path.Combine(folder, "footer.html"), "<p>Footer</p>");

        Assert.Equal("<p>Footer</p>", RecipeScript.EvaluateString("[file:text('footer.html')]", Scope(folder: folder)));
    }

    [Theory]
    [InlineData("[file:text('../secret.txt')]")]
    [InlineData("[file:text('/etc/passwd')]")]
    public void EvaluateString_WhenFileIsOutsideTheRecipeFolder_Refuses(string script)
    {
        var folder = Directory.CreateTempSubdirectory("recipe-files").FullName;

        var error = Assert.Throws<RecipeScriptException>(() => RecipeScript.EvaluateString(script, Scope(folder: folder)));

        Assert.Contains("outside", error.Message, StringComparison.Ordinal);
    }
}
