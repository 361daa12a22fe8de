using System.Text.Json.Nodes;

namespace BananPark.Cms.Core.Recipes;

/// <summary>A recipe's header and its steps, as read from JSON.</summary>
public sealed class RecipeDescriptor
{
    /// <summary>Unique name, e.g. <c>banan-park</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Name shown to people.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the recipe sets up.</summary>
    public string? Description { get; init; }

    /// <summary>Who wrote it.</summary>
    public string? Author { get; init; }

    /// <summary>Where to learn more.</summary>
    public string? Website { get; init; }

    /// <summary>The recipe's own version.</summary>
    public string? Version { get; init; }

    /// <summary>True for recipes offered when a tenant is set up.</summary>
    public bool IsSetupRecipe { get; init; }

    /// <summary>Categories (free text).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Tags (free text).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Named values, possibly script expressions, evaluated once on first use.</summary>
    public JsonObject Variables { get; init; } = [];

    /// <summary>The steps, in order, as written (scripts not yet evaluated).</summary>
    public IReadOnlyList<JsonObject> Steps { get; init; } = [];

    /// <summary>File the recipe came from (or a label).</summary>
    public required string Source { get; init; }

    /// <summary>Folder the recipe came from; <c>[file:text()]</c> may only read inside it.</summary>
    public string? Folder { get; init; }
}
