using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.Boolean;

/// <summary><c>{path}.Value</c>: a hidden <c>false</c>, then the checkbox's <c>true</c> when ticked.</summary>
public sealed class BooleanFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (slot.Has("Value"))
        {
            slot.Set("Value", slot.Checked("Value"));
        }

        return null;
    }
}
