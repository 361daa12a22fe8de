using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.ContentPicker;

/// <summary>The picked items that are published, in order, as links to their pages (their names when they have none).</summary>
public sealed class ContentPickerFieldDisplay : FieldKindDisplay<ContentPickerField>
{
    /// <summary>Most items one field shows.</summary>
    public const int MaxPicked = 50;

    public override async ValueTask<string?> RenderAsync(FieldDisplayContext context)
    {
        var ids = DisplayValues.Texts(context.Value, "ContentItemIds").Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxPicked).ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var links = new List<string>();
        foreach (var item in await context.Content.GetManyAsync(ids, context.CancellationToken))
        {
            var label = DisplayValues.Encode(string.IsNullOrWhiteSpace(item.DisplayText) ? item.ContentItemId : item.DisplayText);
            links.Add(item.Url is { } url ? $"<a href=\"{DisplayValues.Encode(url)}\">{label}</a>" : label);
        }

        return DisplayValues.Join(links);
    }
}
