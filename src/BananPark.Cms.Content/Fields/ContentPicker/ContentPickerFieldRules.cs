using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.ContentPicker;

/// <summary>Required, one item unless <c>Multiple</c>, and only items of the types the picker allows. Ids are not words.</summary>
public sealed class ContentPickerFieldRules : FieldKindRules<ContentPickerField>
{
    public override IReadOnlyCollection<string> NonTextProperties { get; } = ["ContentItemIds"];

    public override IEnumerable<string> ReferencedItemIds(FieldSlot slot) => Ids(slot);

    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var settings = slot.Field.GetSettings<ContentPickerFieldSettings>();
        var ids = Ids(slot).ToList();
        if (slot.Required(settings.Required, ids.Count > 0) is { } required)
        {
            return required;
        }

        if (!settings.Multiple && ids.Count > 1)
        {
            return $"{slot.Label}: pick only one item.";
        }

        var allowed = settings.AllowedTypes(context.Definition);
        var wrong = context.PickedItemTypes is not { } types
            ? null
            : ids.Select(id => types.GetValueOrDefault(id)).FirstOrDefault(t => t is not null && !allowed.Contains(t, StringComparer.Ordinal));
        return wrong is null ? null : $"{slot.Label}: an item of type {DisplayName(wrong, context.Definition)} can't be picked here.";
    }

    private static IEnumerable<string> Ids(FieldSlot slot) => slot.TextArray("ContentItemIds").Where(ValueReader.NotBlank).Select(id => id!);

    private static string DisplayName(string type, ContentDefinition definition) => definition.FindType(type)?.DisplayName ?? type;
}
