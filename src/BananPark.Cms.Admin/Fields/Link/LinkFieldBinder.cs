using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.Link;

/// <summary><c>{path}.Url</c>, <c>.Text</c>, <c>.Target</c>, trimmed; a target outside the list is refused (schemes are checked on save).</summary>
public sealed class LinkFieldBinder : IFieldBinder
{
    private static readonly string[] Properties = ["Url", "Text", "Target"];
    private static readonly HashSet<string> Targets = new(StringComparer.Ordinal) { "_blank", "_self", "_parent", "_top" };

    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (slot.Has("Target") && slot.Trimmed("Target") is { } target && !Targets.Contains(target))
        {
            return $"{slot.Label}: choose where the link opens from the list.";
        }

        foreach (var property in Properties.Where(slot.Has))
        {
            slot.Set(property, slot.Trimmed(property));
        }

        return null;
    }
}
