using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Recipes;

/// <summary>Where recipes are found. Bound from <c>Cms:Recipes</c>.</summary>
public sealed class RecipesOptions
{
    /// <summary>Folder of <c>*.recipe.json</c> files; relative paths are under the content root.</summary>
    [Required]
    [Display(Name = "Cms:Recipes:Path")]
    public string Path { get; set; } = "recipes";

    /// <summary>
    /// Largest recipe file, in MB (MiB), read from the recipes folder or uploaded at Import a recipe: the
    /// upload's request limit, the form's and the reader's.
    /// </summary>
    [Range(1, 1024)]
    [Display(Name = "Cms:Recipes:MaxUploadMegabytes")]
    public int MaxUploadMegabytes { get; set; } = (int)(Services.RecipeReader.DefaultMaxFileBytes / 1024 / 1024);

    /// <summary><see cref="MaxUploadMegabytes"/> in bytes.</summary>
    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024;
}
