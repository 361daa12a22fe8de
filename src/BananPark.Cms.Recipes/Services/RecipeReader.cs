using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Recipes.Services;

/// <summary>
/// Reads Orchard's recipe envelope. Comments and trailing commas are tolerated (Orchard's own
/// files have them); header names match case-insensitively. Problems name the file and the
/// line or JSON path.
/// </summary>
public static class RecipeReader
{
    /// <summary>Largest recipe file accepted unless configured (<see cref="RecipesOptions.MaxUploadMegabytes"/>).</summary>
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 128 };

    /// <summary>Reads a recipe file of at most <see cref="DefaultMaxFileBytes"/>.</summary>
    public static Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken = default)
        => ReadFileAsync(path, DefaultMaxFileBytes, cancellationToken);

    /// <summary>Reads a recipe file of at most <paramref name="maxBytes"/>.</summary>
    public static async Task<RecipeDescriptor> ReadFileAsync(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new RecipeException($"the recipe file does not exist.") { RecipeSource = info.Name };
        }

        if (info.Length > maxBytes)
        {
            throw new RecipeException(TooLarge(maxBytes)) { RecipeSource = info.Name };
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Read(text, info.Name, info.DirectoryName);
    }

    /// <summary>What is said of a file over <paramref name="maxBytes"/>, here and on the import screen.</summary>
    public static string TooLarge(long maxBytes) => $"the file is larger than {maxBytes / 1024 / 1024} MB, the most this site accepts.";

    /// <summary>Reads a recipe from JSON text; <paramref name="source"/> names it in errors.</summary>
    public static RecipeDescriptor Read(string json, string source, string? folder = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new RecipeException($"not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}", e)
            {
                RecipeSource = source,
            };
        }

        if (root is not JsonObject envelope)
        {
            throw new RecipeException("a recipe must be a JSON object with a 'steps' array.") { RecipeSource = source, JsonPath = "$" };
        }

        return new RecipeDescriptor
        {
            Name = Text(envelope, "name", source) ?? throw new RecipeException("the recipe has no 'name'.") { RecipeSource = source, JsonPath = "$.name" },
            DisplayName = Text(envelope, "displayName", source),
            Description = Text(envelope, "description", source),
            Author = Text(envelope, "author", source),
            Website = Text(envelope, "website", source),
            Version = Text(envelope, "version", source),
            IsSetupRecipe = Get(envelope, "issetuprecipe") is JsonValue flag && flag.TryGetValue<bool>(out var isSetup) && isSetup,
            Categories = Texts(envelope, "categories"),
            Tags = Texts(envelope, "tags"),
            Variables = Get(envelope, "variables") as JsonObject ?? [],
            Steps = Steps(envelope, source),
            Source = source,
            Folder = folder,
        };
    }

    private static List<JsonObject> Steps(JsonObject envelope, string source)
    {
        if (Get(envelope, "steps") is not JsonArray steps)
        {
            throw new RecipeException("the recipe has no 'steps' array.") { RecipeSource = source, JsonPath = "$.steps" };
        }

        var result = new List<JsonObject>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || Get(step, "name") is not JsonValue name || !name.TryGetValue<string>(out var text) || text.Length == 0)
            {
                throw new RecipeException("each step must be an object with a 'name'.") { RecipeSource = source, JsonPath = $"$.steps[{i}]" };
            }

            // Normalize the name property so steps can read it one way.
            if (!step.ContainsKey("name"))
            {
                var key = step.First(p => string.Equals(p.Key, "name", StringComparison.OrdinalIgnoreCase)).Key;
                step.Remove(key);
                step["name"] = text;
            }

            result.Add(step);
        }

        return result;
    }

    internal static JsonNode? Get(JsonObject json, string name)
        => json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonObject json, string name, string source) => Get(json, name) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new RecipeException($"'{name}' must be a string.") { RecipeSource = source, JsonPath = $"$.{name}" },
    };

    private static List<string> Texts(JsonObject json, string name)
        => Get(json, name) is JsonArray array
            ? array.Select(v => v is JsonValue value && value.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
