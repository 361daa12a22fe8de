using BananPark.Cms.Core.ContentManagement;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// What templates see of an item: its metadata and parts (<c>item.Park.ApprovedArea.Value</c>), plus <c>Url</c>,
/// read lazily from the shared snapshot. Filters get the model back (and through <see cref="Item"/> the
/// snapshot itself), so they never reload what the page already has.
/// </summary>
public sealed class ContentItemModel(ContentItemSnapshot item) : IFluidIndexable
{
    private static readonly TemplateOptions PlainValues = new();
    private static readonly string[] MetadataKeys =
    [
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentType), nameof(ContentItem.DisplayText),
        nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc), nameof(ContentItem.CreatedUtc), "Url",
    ];

    public ContentItemSnapshot Item { get; } = item;

    public int Count => Keys.Count();

    public IEnumerable<string> Keys => Item.Parts.Select(p => p.Name).Concat(MetadataKeys);

    public bool TryGetValue(string name, out FluidValue value)
    {
        object? metadata = name switch
        {
            nameof(ContentItem.ContentItemId) => Item.ContentItemId,
            nameof(ContentItem.ContentType) => Item.ContentType,
            nameof(ContentItem.DisplayText) => Item.DisplayText ?? (object)NilValue.Instance,
            nameof(ContentItem.ModifiedUtc) => Item.ModifiedUtc,
            nameof(ContentItem.PublishedUtc) => Item.PublishedUtc,
            nameof(ContentItem.CreatedUtc) => Item.CreatedUtc,
            "Url" => Item.Url ?? (object)NilValue.Instance,
            _ => NilValue.Instance,
        };
        if (metadata is not NilValue)
        {
            value = FluidValue.Create(metadata, PlainValues);
            return true;
        }

        if (Item.TryGetPart(name, out var part))
        {
            value = JsonModel.ToValue(part);
            return true;
        }

        value = NilValue.Instance;
        return MetadataKeys.Contains(name, StringComparer.Ordinal);
    }

    /// <summary>Lets Fluid treat models as dictionaries while filters still receive the model.</summary>
    public static void Register(TemplateOptions options)
        => options.ValueConverters.Add(value => value is ContentItemModel model ? new DictionaryValue(model) : null);

    /// <summary>Models for many snapshots.</summary>
    public static List<ContentItemModel> Of(IEnumerable<ContentItemSnapshot> items) => items.Select(i => new ContentItemModel(i)).ToList();
}
