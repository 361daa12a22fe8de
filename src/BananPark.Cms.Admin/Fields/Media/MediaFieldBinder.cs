using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.Media;

/// <summary>Binds nothing: without a media library the editor posts no paths, and what is stored is kept (a posted path is ignored).</summary>
public sealed class MediaFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field) => null;
}
