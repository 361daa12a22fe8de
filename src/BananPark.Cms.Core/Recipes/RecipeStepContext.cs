using System.Text.Json.Nodes;

namespace BananPark.Cms.Core.Recipes;

/// <summary>What a step sees while it runs.</summary>
public sealed class RecipeStepContext
{
    /// <summary>The recipe's file name (or a label for recipes that came from elsewhere).</summary>
    public required string Source { get; init; }

    /// <summary>The folder the recipe came from (what a step may read files from, e.g. the Media step's <c>SourcePath</c>); null when it came from elsewhere.</summary>
    public string? Folder { get; init; }

    /// <summary>Zero-based position of the step in the recipe.</summary>
    public required int StepIndex { get; init; }

    /// <summary>The step as written, with script values already evaluated.</summary>
    public required JsonObject Step { get; init; }

    /// <summary>Where the step records what it did.</summary>
    public required RecipeReport Report { get; init; }

    /// <summary>How many steps the recipe has.</summary>
    public int StepCount { get; init; } = 1;

    /// <summary>Where progress goes (the admin's import page, the setup page); null when nobody watches.</summary>
    public IProgress<RecipeProgress>? Progress { get; init; }

    /// <summary>Tells the watcher how many of the step's items are done.</summary>
    public void ReportItems(int done, int total) => Progress?.Report(new RecipeProgress(StepIndex, StepCount, StepName, done, total));

    /// <summary>JSON path of the step, e.g. <c>$.steps[2]</c>.</summary>
    public string StepPath => $"$.steps[{StepIndex}]";

    /// <summary>The step's name as written.</summary>
    public string StepName => Step["name"]?.GetValue<string>() ?? "";

    /// <summary>A property of the step, matched case-insensitively (Orchard's rule).</summary>
    public JsonNode? Property(string name)
        => Step.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The error to throw for a problem at <paramref name="relativePath"/> inside the step.</summary>
    public RecipeException Error(string relativePath, string message, string? item = null)
        => new(message)
        {
            RecipeSource = Source,
            StepName = StepName,
            JsonPath = relativePath.Length == 0 ? StepPath : $"{StepPath}.{relativePath}",
            Item = item,
        };
}
