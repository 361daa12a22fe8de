using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Admin.Fields.ContentPicker;

/// <summary>
/// <c>{path}.ContentItemIds</c>: the ids kept (hidden inputs) and picked (search results), in order, without
/// those in <c>.Remove</c>. A single picker keeps the last one, so a new pick replaces the old. <c>.Search</c> is
/// never stored.
/// </summary>
public sealed class ContentPickerFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (!slot.Has("ContentItemIds"))
        {
            return null;
        }

        var removed = slot.Values("Remove").ToHashSet(StringComparer.Ordinal);
        var ids = slot.Values("ContentItemIds").Select(id => id?.Trim()).OfType<string>()
            .Where(id => id.Length > 0 && !removed.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var multiple = field.GetSettings<ContentPickerFieldSettings>().Multiple;
        slot.Set("ContentItemIds", FormSlot.Array(multiple || ids.Count <= 1 ? ids : [ids[^1]]));
        return null;
    }
}
