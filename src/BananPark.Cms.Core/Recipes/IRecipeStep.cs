namespace BananPark.Cms.Core.Recipes;

/// <summary>
/// Handles one kind of recipe step. Steps run in order inside one transaction: a step reports
/// a problem by throwing <see cref="RecipeException"/> (see <see cref="RecipeStepContext.Error"/>),
/// and the whole import is rolled back.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step name as recipes spell it (matched case-insensitively).</summary>
    string Name { get; }

    /// <summary>Applies the step.</summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
