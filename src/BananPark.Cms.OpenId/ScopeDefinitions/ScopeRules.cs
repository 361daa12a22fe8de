using System.Text.RegularExpressions;
using BananPark.Cms.OpenId.Applications;

namespace BananPark.Cms.OpenId.ScopeDefinitions;

/// <summary>What makes a scope valid: a name that is a scope token and not one of the built-in scopes, short texts, audience names.</summary>
public static partial class ScopeRules
{
    /// <summary>Longest description accepted, in characters.</summary>
    public const int MaxDescriptionLength = 1000;

    /// <summary>The most audiences a scope lists.</summary>
    public const int MaxResources = 20;

    /// <summary>Problems by field name; empty when valid.</summary>
    public static Dictionary<string, string> Check(ScopeInput input)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!NamePattern().IsMatch(input.Name))
        {
            problems[nameof(input.Name)] = "Use 1 to 100 letters, digits, '.', '_', ':' or '-'.";
        }
        else if (ApplicationDescriptors.BuiltInScopes.Contains(input.Name))
        {
            problems[nameof(input.Name)] = $"'{input.Name}' is a built-in scope every site has; choose another name.";
        }

        if (input.DisplayName.Length > 200)
        {
            problems[nameof(input.DisplayName)] = "Give a name of at most 200 characters.";
        }

        if (input.Description.Length > MaxDescriptionLength)
        {
            problems[nameof(input.Description)] = $"Write at most {MaxDescriptionLength} characters.";
        }

        if (input.Resources.Count > MaxResources)
        {
            problems[nameof(input.Resources)] = $"List at most {MaxResources} audiences.";
        }
        else if (input.Resources.FirstOrDefault(r => !ResourcePattern().IsMatch(r)) is { } resource)
        {
            problems[nameof(input.Resources)] = $"'{resource}' is not an audience name: 1 to 200 letters, digits, '.', '_', ':', '/' or '-'.";
        }

        return problems;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z0-9._:/-]{1,200}$")]
    private static partial Regex ResourcePattern();
}
