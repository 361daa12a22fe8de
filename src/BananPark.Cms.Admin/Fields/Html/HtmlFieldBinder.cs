using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.Html;

/// <summary><c>{path}.Html</c>, sanitized before it is stored (and again when it is shown).</summary>
public sealed class HtmlFieldBinder(IRichText richText) : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (slot.Has("Html"))
        {
            slot.Set("Html", richText.Sanitized(slot.Text("Html")));
        }

        return null;
    }
}
