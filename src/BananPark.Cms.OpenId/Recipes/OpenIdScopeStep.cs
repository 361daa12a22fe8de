using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.OpenId.Applications;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Recipes;

/// <summary>
/// Orchard's <c>OpenIdScope</c> step: <c>ScopeName</c>, <c>DisplayName</c>, <c>Description</c>, <c>Resources</c>
/// (audiences a token of the scope is for, separated by spaces). Orchard writes one scope per step; an export writes
/// them all as <c>Scopes[]</c> of the same entries, which the step reads too. A scope that exists is replaced.
/// </summary>
internal sealed partial class OpenIdScopeStep(IOpenIddictScopeManager scopes) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "OpenIdScope";

    private const string List = "Scopes";

    public string Name => StepName;

    public int Order => 7;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in StepEntries.Of(context, List))
        {
            var descriptor = Read(entry);
            if (await scopes.FindByNameAsync(descriptor.Name!, cancellationToken) is { } existing)
            {
                await scopes.PopulateAsync(existing, descriptor, cancellationToken);
                await scopes.UpdateAsync(existing, cancellationToken);
            }
            else
            {
                await scopes.CreateAsync(descriptor, cancellationToken);
            }

            context.Report.Count(StepName);
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var list = new List<JsonObject>();
        await foreach (var scope in scopes.ListAsync(count: null, offset: null, cancellationToken))
        {
            list.Add(new JsonObject
            {
                ["ScopeName"] = await scopes.GetNameAsync(scope, cancellationToken),
                ["DisplayName"] = await scopes.GetDisplayNameAsync(scope, cancellationToken) ?? "",
                ["Description"] = await scopes.GetDescriptionAsync(scope, cancellationToken) ?? "",
                ["Resources"] = string.Join(' ', (await scopes.GetResourcesAsync(scope, cancellationToken)).Order(StringComparer.Ordinal)),
            });
        }

        return list.Count == 0 ? null : new JsonObject
        {
            ["name"] = StepName,
            [List] = new JsonArray([.. list.OrderBy(s => (string?)s["ScopeName"], StringComparer.Ordinal)]),
        };
    }

    private static OpenIddictScopeDescriptor Read(StepJson entry)
    {
        var name = entry.Text("ScopeName");
        if (name is null || !NamePattern().IsMatch(name))
        {
            throw entry.Error("ScopeName", "each scope needs a 'ScopeName' of 1 to 100 letters, digits, '.', '_', ':' or '-'.");
        }

        if (ApplicationDescriptors.BuiltInScopes.Contains(name))
        {
            throw entry.Error("ScopeName", $"'{name}' is a scope every site has; it cannot be defined.");
        }

        var displayName = entry.Text("DisplayName");
        if (displayName?.Length > 200)
        {
            throw entry.Error("DisplayName", "the display name has at most 200 characters.");
        }

        var description = entry.Text("Description");
        if (description?.Length > 2000)
        {
            throw entry.Error("Description", "the description has at most 2000 characters.");
        }

        var resources = entry.Words("Resources");
        if (resources.FirstOrDefault(r => !NamePattern().IsMatch(r)) is { } wrong)
        {
            throw entry.Error("Resources", $"'{wrong}' is not a resource name: 1 to 100 letters, digits, '.', '_', ':' or '-'.");
        }

        var descriptor = new OpenIddictScopeDescriptor { Name = name, DisplayName = displayName ?? name, Description = description };
        descriptor.Resources.UnionWith(resources);
        return descriptor;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex NamePattern();
}
