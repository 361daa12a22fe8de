using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Parts;

/// <summary>Reads one part's posted inputs (<c>{Part}.{Property}</c>) into the item; the type's part settings decide what may be posted. One instance for the host.</summary>
public interface IPartBinder
{
    /// <summary>Binds <paramref name="slot"/>, the part as <paramref name="attached"/> to the type.</summary>
    void Bind(FormSlot slot, ContentTypePartDefinition attached);
}
