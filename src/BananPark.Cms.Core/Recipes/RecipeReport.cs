namespace BananPark.Cms.Core.Recipes;

/// <summary>What an import did (or, on a dry run, would do), step by step.</summary>
public sealed class RecipeReport
{
    private readonly List<string> _warnings = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Things the recipe asked for that were not honoured, each naming step and path.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Counters such as <c>Content.Created</c> or <c>ContentDefinition.Types</c>.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Records something the recipe asked for that was not honoured.</summary>
    public void Warn(string message) => _warnings.Add(message);

    /// <summary>Adds to a counter.</summary>
    public void Count(string key, int by = 1) => _counts[key] = _counts.GetValueOrDefault(key) + by;

    /// <summary>A counter's value (0 when never counted).</summary>
    public int this[string key] => _counts.GetValueOrDefault(key);
}
