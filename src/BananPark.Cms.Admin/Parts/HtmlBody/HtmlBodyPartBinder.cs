using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Parts.HtmlBody;

/// <summary><c>HtmlBodyPart.Html</c>, sanitized before it is stored (and again when it is shown).</summary>
public sealed class HtmlBodyPartBinder(IRichText richText) : IPartBinder
{
    public void Bind(FormSlot slot, ContentTypePartDefinition attached)
    {
        if (slot.Has("Html"))
        {
            slot.Set("Html", richText.Sanitized(slot.Text("Html")));
        }
    }
}
