using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Recipes;

/// <summary>Where recipes are found. Bound from <c>Cms:Recipes</c>.</summary>
public sealed class RecipesOptions
{
    /// <summary>Folder of <c>*.recipe.json</c> files; relative paths are under the content root.</summary>
    [Required]
    [Display(Name = "Cms:Recipes:Path")]
    public string Path { get; set; } = "recipes";
}
