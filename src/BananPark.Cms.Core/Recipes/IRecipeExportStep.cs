using System.Text.Json.Nodes;

namespace BananPark.Cms.Core.Recipes;

/// <summary>Writes the tenant's state for one step kind into an exported recipe.</summary>
public interface IRecipeExportStep
{
    /// <summary>The step name written into the recipe.</summary>
    string Name { get; }

    /// <summary>Where the step goes in the recipe; lower first (definitions before content).</summary>
    int Order { get; }

    /// <summary>The step object (with its <c>name</c>), or null when there is nothing to export.</summary>
    Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken);
}
