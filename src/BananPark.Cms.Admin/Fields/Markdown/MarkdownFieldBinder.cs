using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.Markdown;

/// <summary><c>{path}.Markdown</c>, line breaks made LF; rendered and sanitized when shown.</summary>
public sealed class MarkdownFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (slot.Has("Markdown"))
        {
            slot.Set("Markdown", slot.Multiline("Markdown"));
        }

        return null;
    }
}
