using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Admin.Parts.Title;

/// <summary><c>TitlePart.Title</c>, trimmed, only when the type lets editors type the title (a generated one is never taken from the form).</summary>
public sealed class TitlePartBinder : IPartBinder
{
    public void Bind(FormSlot slot, ContentTypePartDefinition attached)
    {
        if (attached.GetSettings<TitlePartSettings>().Options is TitlePartOptions.Editable or TitlePartOptions.EditableRequired && slot.Has("Title"))
        {
            slot.Set("Title", slot.Trimmed("Title"));
        }
    }
}
