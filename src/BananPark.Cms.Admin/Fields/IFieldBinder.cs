using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields;

/// <summary>
/// Reads one field's posted inputs (names: <see cref="EditorNames"/>) into its value. Only posted properties
/// change; the rules (required, lengths, bounds) are checked later, by the content manager. One instance for
/// the host.
/// </summary>
public interface IFieldBinder
{
    /// <summary>Binds <paramref name="slot"/>; returns a message when a posted value can't be read (the field then keeps its old value).</summary>
    string? Bind(FormSlot slot, ContentPartFieldDefinition field);
}
