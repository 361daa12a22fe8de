using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.OpenId.Recipes;

/// <summary>
/// Reads the values of the OpenID steps as Orchard writes them: names matched case-insensitively, lists as a
/// space-separated string or an array, entries as <c>{ Name, Selected }</c> or plain names. Each reader throws the
/// step's error naming the JSON path of the wrong value.
/// </summary>
internal sealed class StepJson(RecipeStepContext context, JsonObject json, string path, string? item = null)
{
    public JsonObject Json => json;

    /// <summary>The same entry, its errors naming <paramref name="name"/> as the item.</summary>
    public StepJson For(string name) => new(context, json, path, name);

    public RecipeException Error(string property, string message)
        => context.Error(path.Length == 0 ? property : $"{path}.{property}", message, item);

    public bool Has(string name) => Get(name) is not null;

    public JsonNode? Get(string name)
        => json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public string? Text(string name) => Get(name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw Error(name, $"'{name}' must be a string."),
    };

    public bool? Flag(string name) => Get(name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        _ => throw Error(name, $"'{name}' must be true or false."),
    };

    /// <summary>A lifetime as a time span (<c>"01:00:00"</c>, <c>"14.00:00:00"</c>) or a number of seconds.</summary>
    public TimeSpan? Lifetime(string name) => Get(name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var seconds) && seconds is > 0 and < 100L * 365 * 86400
            => TimeSpan.FromSeconds(seconds),
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && TimeSpan.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, out var span) => span,
        _ => throw Error(name, $"'{name}' must be a time span such as \"01:00:00\" or a number of seconds."),
    };

    /// <summary>A list written as Orchard does (one string, separated by spaces) or as an array of strings.</summary>
    public List<string> Words(string name) => Get(name) switch
    {
        null => [],
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            => [.. value.GetValue<string>().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        JsonArray array when array.All(IsString) => [.. array.Select(v => v!.GetValue<string>()).Where(v => v.Length > 0)],
        _ => throw Error(name, $"'{name}' must be a string of values separated by spaces, or an array of strings."),
    };

    /// <summary>Orchard's <c>RoleEntries</c>/<c>ScopeEntries</c>: the names of the entries selected (a plain name counts as selected).</summary>
    public List<string> Selected(string name)
    {
        if (Get(name) is not { } node)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw Error(name, $"'{name}' must be an array of {{ \"Name\", \"Selected\" }} entries.");
        }

        var names = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (IsString(array[i]))
            {
                names.Add(array[i]!.GetValue<string>());
                continue;
            }

            var entry = array[i] is JsonObject o ? new StepJson(context, o, $"{(path.Length == 0 ? "" : path + ".")}{name}[{i}]", item) : null;
            if (entry?.Text("Name") is not { Length: > 0 } entryName)
            {
                throw Error($"{name}[{i}]", "each entry needs a 'Name'.");
            }

            if (entry.Flag("Selected") ?? true)
            {
                names.Add(entryName);
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Orchard's entries as an export writes them: every name, selected.</summary>
    public static JsonArray Entries(IEnumerable<string> names)
        => [.. names.Select(n => (JsonNode)new JsonObject { ["Name"] = n, ["Selected"] = true })];

    /// <summary>Refuses the flows this site never offers, whatever an Orchard recipe asks.</summary>
    public void RefuseFlowsNotOffered()
    {
        foreach (var (flag, flow) in new[] { ("AllowPasswordFlow", "password"), ("AllowImplicitFlow", "implicit"), ("AllowHybridFlow", "hybrid") })
        {
            if (Flag(flag) == true)
            {
                throw Error(flag, $"this site does not offer the {flow} flow; use the authorization code flow with PKCE (people) or client credentials (machines).");
            }
        }
    }

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;
}
