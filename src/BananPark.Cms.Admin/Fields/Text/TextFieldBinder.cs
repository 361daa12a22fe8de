using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Admin.Fields.Text;

/// <summary><c>{path}.Text</c>: trimmed on one line; in a text area, line breaks kept (CR LF made LF).</summary>
public sealed class TextFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (slot.Has("Text"))
        {
            slot.Set("Text", FieldLimits.IsMultiline(field) ? slot.Multiline("Text") : slot.Trimmed("Text"));
        }

        return null;
    }
}
