namespace BananPark.Cms.Core.Recipes;

/// <summary>A recipe that cannot be imported, with where the problem is.</summary>
public sealed class RecipeException : Exception
{
    /// <summary>Creates the exception with the problem's description.</summary>
    public RecipeException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception around the error that caused it.</summary>
    public RecipeException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with no detail; prefer the other constructors.</summary>
    public RecipeException() : base("The recipe cannot be imported.")
    {
    }

    /// <summary>The recipe file (or label).</summary>
    public string? RecipeSource { get; init; }

    /// <summary>The step's name, when the problem is inside a step.</summary>
    public string? StepName { get; init; }

    /// <summary>The content item (id or display text) concerned, if any.</summary>
    public string? Item { get; init; }

    /// <summary>JSON path of the offending value, e.g. <c>$.steps[4].data[2].Enterprise.Founded</c>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>One line naming file, step, item and path, then the problem.</summary>
    public string Describe()
    {
        var where = new List<string>();
        if (RecipeSource is not null)
        {
            where.Add(RecipeSource);
        }

        if (StepName is not null)
        {
            where.Add($"step '{StepName}'");
        }

        if (Item is not null)
        {
            where.Add($"item '{Item}'");
        }

        if (JsonPath is not null)
        {
            where.Add($"at {JsonPath}");
        }

        return where.Count == 0 ? Message : $"{string.Join(", ", where)}: {Message}";
    }
}
