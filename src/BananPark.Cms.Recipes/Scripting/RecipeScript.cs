using System.Text.Json.Nodes;

namespace BananPark.Cms.Recipes.Scripting;

/// <summary>
/// Orchard's script values: a string that is entirely <c>[js: …]</c> or <c>[file:text('…')]</c>.
/// Only a safe subset is understood: <c>uuid()</c>, <c>variables('x')</c>, <c>parameters('x')</c>,
/// string literals and <c>+</c>; <c>file:text</c> reads only inside the recipe's folder.
/// Anything else is an error, never run.
/// </summary>
public static class RecipeScript
{
    private const string JsPrefix = "[js:";
    private const string FilePrefix = "[file:text(";

    /// <summary>Replaces every script string inside <paramref name="node"/>, in place. Errors carry the JSON path.</summary>
    public static JsonNode? EvaluateTree(JsonNode? node, RecipeScriptScope scope, string path)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, value) in json.ToList())
                {
                    json[key] = EvaluateTree(value, scope, $"{path}.{key}");
                }

                return json;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = EvaluateTree(array[i]?.DeepClone(), scope, $"{path}[{i}]");
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                try
                {
                    return EvaluateString(text, scope) is { } result ? JsonValue.Create(result) : node.DeepClone();
                }
                catch (RecipeScriptException e)
                {
                    throw new RecipeScriptException($"{path}: {e.Message}", e);
                }

            default:
                return node?.DeepClone();
        }
    }

    /// <summary>The evaluated text, or null when <paramref name="text"/> is not a script value.</summary>
    public static string? EvaluateString(string text, RecipeScriptScope scope)
    {
        var trimmed = text.Trim();
        if (!trimmed.EndsWith(']'))
        {
            return null;
        }

        if (trimmed.StartsWith(JsPrefix, StringComparison.Ordinal))
        {
            var expression = trimmed[JsPrefix.Length..^1];
            return new ScriptParser(expression, scope).ParseAll();
        }

        if (trimmed.StartsWith(FilePrefix, StringComparison.Ordinal) && trimmed.EndsWith(")]", StringComparison.Ordinal))
        {
            var argument = new ScriptParser(trimmed[FilePrefix.Length..^2], scope).ParseAll();
            return RecipeFiles.ReadText(scope.Recipe, argument);
        }

        return null;
    }
}
