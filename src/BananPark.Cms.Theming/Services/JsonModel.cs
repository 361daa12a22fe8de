using System.Text.Json;
using Fluid.Values;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// Stored JSON as Liquid values, converted only where a template reads: an object is a lazy dictionary
/// over the <see cref="JsonElement"/>, so rendering a card that shows a title never converts the rest.
/// </summary>
public static class JsonModel
{
    public static FluidValue ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new DictionaryValue(new JsonObjectModel(element)),
        JsonValueKind.Array => new ArrayValue(element.EnumerateArray().Select(ToValue).ToArray()),
        JsonValueKind.String => new StringValue(element.GetString()),
        JsonValueKind.Number => element.TryGetDecimal(out var number) ? NumberValue.Create(number) : NumberValue.Create((decimal)Math.Clamp(element.GetDouble(), (double)decimal.MinValue, (double)decimal.MaxValue)),
        JsonValueKind.True => BooleanValue.True,
        JsonValueKind.False => BooleanValue.False,
        _ => NilValue.Instance,
    };

    /// <summary>A JSON object read property by property (names as stored, case-sensitive).</summary>
    private sealed class JsonObjectModel(JsonElement json) : IFluidIndexable
    {
        public int Count => json.EnumerateObject().Count();

        public IEnumerable<string> Keys => json.EnumerateObject().Select(p => p.Name);

        public bool TryGetValue(string name, out FluidValue value)
        {
            if (json.TryGetProperty(name, out var property))
            {
                value = ToValue(property);
                return true;
            }

            value = NilValue.Instance;
            return false;
        }
    }
}
