using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.MultiText;

/// <summary><c>{path}.Values</c>: every posted value, each split into lines, trimmed, blanks and repeats dropped.</summary>
public sealed class MultiTextFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (slot.Has("Values"))
        {
            slot.Set("Values", FormSlot.Array(slot.Values("Values").SelectMany(Lines).Distinct(StringComparer.Ordinal)));
        }

        return null;
    }

    private static IEnumerable<string> Lines(string? value)
        => (value ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);
}
