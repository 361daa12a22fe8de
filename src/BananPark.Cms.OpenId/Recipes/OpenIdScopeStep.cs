using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.OpenId.ScopeDefinitions;

namespace BananPark.Cms.OpenId.Recipes;

/// <summary>
/// Orchard's <c>OpenIdScope</c> step: <c>ScopeName</c>, <c>DisplayName</c>, <c>Description</c>, <c>Resources</c>
/// (audiences a token of the scope is for, separated by spaces). Orchard writes one scope per step; an export writes
/// them all as <c>Scopes[]</c> of the same entries, which the step reads too. A scope that exists is replaced. The rules
/// are the scopes screen's (<see cref="ScopeService"/>, <see cref="ScopeRules"/>), so an import never stores a scope
/// the screen would refuse.
/// </summary>
internal sealed class OpenIdScopeStep(ScopeService scopes) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "OpenIdScope";

    private const string List = "Scopes";

    public string Name => StepName;

    public int Order => 7;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in StepEntries.Of(context, List))
        {
            var input = new ScopeInput
            {
                Name = entry.Text("ScopeName") ?? "",
                DisplayName = entry.Text("DisplayName") ?? "",
                Description = entry.Text("Description") ?? "",
                Resources = entry.Words("Resources"),
            };
            var result = ScopeRules.Check(input).Count == 0 && await scopes.FindAsync(input.Name, cancellationToken) is not null
                ? await scopes.UpdateAsync(input, cancellationToken)
                : await scopes.CreateAsync(input, cancellationToken);
            if (!result.Succeeded)
            {
                var (field, problem) = result.Problems.First();
                var property = field == nameof(ScopeInput.Name) ? "ScopeName" : field;
                throw entry.Error(property, $"{property}: {problem}");
            }

            context.Report.Count(StepName);
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var list = await scopes.ListAsync(cancellationToken);
        return list.Count == 0 ? null : new JsonObject
        {
            ["name"] = StepName,
            [List] = new JsonArray([.. list.Select(scope => new JsonObject
            {
                ["ScopeName"] = scope.Name,
                ["DisplayName"] = scope.DisplayName,
                ["Description"] = scope.Description,
                ["Resources"] = string.Join(' ', scope.Resources),
            })]),
        };
    }
}
