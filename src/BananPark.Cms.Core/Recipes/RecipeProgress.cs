namespace BananPark.Cms.Core.Recipes;

/// <summary>How far an import has got: the step running and, for steps with items, how many are done.</summary>
/// <param name="StepIndex">Zero-based index of the step running.</param>
/// <param name="StepCount">How many steps the recipe has.</param>
/// <param name="StepName">The running step's name.</param>
/// <param name="ItemsDone">Items of the step done so far (0 for steps without items).</param>
/// <param name="ItemsTotal">Items the step has in all (0 for steps without items).</param>
public sealed record RecipeProgress(int StepIndex, int StepCount, string StepName, int ItemsDone, int ItemsTotal);

/// <summary>Runs a recipe of the site's recipe folder by name: how setup imports its recipe without knowing the recipe capability.</summary>
public interface IRecipeRunner
{
    /// <summary>
    /// Imports the recipe named <paramref name="recipeName"/> all-or-nothing with the given parameters, joining the
    /// caller's transaction when one is open; throws <see cref="RecipeException"/> naming file, step, item and path.
    /// </summary>
    Task<RecipeReport> RunAsync(string recipeName, IReadOnlyDictionary<string, string> parameters, IProgress<RecipeProgress>? progress, CancellationToken cancellationToken);
}
