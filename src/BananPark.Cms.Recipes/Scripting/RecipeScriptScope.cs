using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Recipes.Scripting;

/// <summary>
/// The values scripts of one import can use: parameters given by the caller, and the recipe's
/// variables, each evaluated on first use and then reused across steps (so a <c>uuid()</c>
/// variable names the same item everywhere).
/// </summary>
public sealed class RecipeScriptScope(RecipeDescriptor recipe, IReadOnlyDictionary<string, string> parameters)
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    /// <summary>The recipe being imported.</summary>
    public RecipeDescriptor Recipe => recipe;

    /// <summary>A parameter's value; unknown names are an error.</summary>
    public string Parameter(string name)
        => parameters.TryGetValue(name, out var value)
            ? value
            : throw new RecipeScriptException($"unknown parameter '{name}'; known: {string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>A variable's value, evaluated once.</summary>
    public string Variable(string name)
    {
        if (_variables.TryGetValue(name, out var value))
        {
            return value;
        }

        var node = recipe.Variables.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Value;
        if (node is not JsonValue json || !json.TryGetValue<string>(out var text))
        {
            throw new RecipeScriptException($"unknown variable '{name}'.");
        }

        if (!_evaluating.Add(name))
        {
            throw new RecipeScriptException($"variable '{name}' refers to itself.");
        }

        value = RecipeScript.EvaluateString(text, this) ?? text;
        _evaluating.Remove(name);
        _variables[name] = value;
        return value;
    }
}
