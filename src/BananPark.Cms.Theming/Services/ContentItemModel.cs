using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// What templates see of an item: its metadata and parts as plain values
/// (<c>item.Park.ApprovedArea.Value</c>), plus <c>Url</c>. Filters get the model back (and
/// through <see cref="Item"/> the item itself), so they never reload what the page already has.
/// </summary>
public sealed class ContentItemModel : IFluidIndexable
{
    private static readonly TemplateOptions PlainValues = new();
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public ContentItemModel(ContentItem item)
    {
        Item = item;
        foreach (var (name, value) in item.Content)
        {
            _values[name] = ToValue(value);
        }

        _values[nameof(ContentItem.ContentItemId)] = item.ContentItemId;
        _values[nameof(ContentItem.ContentType)] = item.ContentType;
        _values[nameof(ContentItem.DisplayText)] = item.DisplayText;
        _values[nameof(ContentItem.ModifiedUtc)] = item.ModifiedUtc;
        _values[nameof(ContentItem.PublishedUtc)] = item.PublishedUtc;
        _values[nameof(ContentItem.CreatedUtc)] = item.CreatedUtc;
        _values["Url"] = UrlOf(item);
    }

    public ContentItem Item { get; }

    public int Count => _values.Count;

    public IEnumerable<string> Keys => _values.Keys;

    public bool TryGetValue(string name, out FluidValue value)
    {
        if (_values.TryGetValue(name, out var raw))
        {
            value = FluidValue.Create(raw, PlainValues);
            return true;
        }

        value = NilValue.Instance;
        return false;
    }

    /// <summary>Lets Fluid treat models as dictionaries while filters still receive the model.</summary>
    public static void Register(TemplateOptions options)
        => options.ValueConverters.Add(value => value is ContentItemModel model ? new DictionaryValue(model) : null);

    /// <summary>The item's public URL, or null when it has none.</summary>
    public static string? UrlOf(ContentItem item) => item.As<AutoroutePart>() switch
    {
        { Disabled: true } or null => null,
        { SetHomepage: true } => "/",
        { Path: { Length: > 0 } path } => "/" + path.Trim('/'),
        _ => null,
    };

    private static object? ToValue(JsonNode? node) => node switch
    {
        JsonObject json => json.ToDictionary(p => p.Key, p => ToValue(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(ToValue).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.TryGetValue<decimal>(out var d) ? d : value.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
