namespace BananPark.Cms.Recipes.Scripting;

/// <summary>A script value the recipe reader can't evaluate.</summary>
public sealed class RecipeScriptException : Exception
{
    public RecipeScriptException(string message) : base(message)
    {
    }

    public RecipeScriptException()
    {
    }

    public RecipeScriptException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
