using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Parts.MarkdownBody;

/// <summary><c>MarkdownBodyPart.Markdown</c>, line breaks made LF.</summary>
public sealed class MarkdownBodyPartBinder : IPartBinder
{
    public void Bind(FormSlot slot, ContentTypePartDefinition attached)
    {
        if (slot.Has("Markdown"))
        {
            slot.Set("Markdown", slot.Multiline("Markdown"));
        }
    }
}
