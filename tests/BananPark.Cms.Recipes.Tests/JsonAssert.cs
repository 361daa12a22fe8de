using System.Text.Json;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Recipes.Tests;

/// <summary>
/// "Without loss": every value of the original is in the actual JSON. A script value in the original
/// (<c>[js: …]</c>, <c>[file:text(…)]</c>) stands for whatever it evaluated to; the actual JSON may add
/// empty objects and arrays (the store always writes <c>Settings</c> and field lists), nothing else.
/// </summary>
internal static class JsonAssert
{
    public static void Equivalent(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                foreach (var (key, value) in obj)
                {
                    Equivalent(value, actualObject[key], $"{path}.{key}");
                }

                var added = actualObject.Where(p => !obj.ContainsKey(p.Key) && p.Value is not (JsonObject { Count: 0 } or JsonArray { Count: 0 })).Select(p => p.Key).ToList();
                Assert.True(added.Count == 0, $"{path}: unexpected properties {string.Join(",", added)}");
                break;
            case JsonArray array:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(array.Count == actualArray.Count, $"{path}: expected {array.Count} elements, found {actualArray.Count}");
                for (var i = 0; i < array.Count; i++)
                {
                    Equivalent(array[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && IsScript(value.GetValue<string>()):
                Assert.True(actual is JsonValue v && v.GetValueKind() == JsonValueKind.String, $"{path}: expected the evaluated script's text");
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected?.ToJsonString() ?? "null"}, found {actual?.ToJsonString() ?? "null"}");
                break;
        }
    }

    private static bool IsScript(string text)
        => text.TrimStart().StartsWith("[js:", StringComparison.Ordinal) || text.TrimStart().StartsWith("[file:", StringComparison.Ordinal);
}
