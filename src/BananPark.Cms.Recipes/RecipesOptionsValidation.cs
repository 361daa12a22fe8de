using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Recipes;

/// <summary>Checked on start: the recipes folder must exist (a typo there would otherwise surface only at setup).</summary>
internal sealed class RecipesOptionsValidation(IHostEnvironment environment) : IValidateOptions<RecipesOptions>
{
    public ValidateOptionsResult Validate(string? name, RecipesOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Skip;
        }

        var folder = System.IO.Path.GetFullPath(options.Path, environment.ContentRootPath);
        return Directory.Exists(folder)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Cms:Recipes:Path: the recipes folder '{folder}' does not exist.");
    }
}
