using BananPark.Cms.Admin.Fields;
using BananPark.Cms.Admin.Parts;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>
/// Applies a posted editor form (input names: <see cref="EditorNames"/>) to an item, part by part and field by
/// field as the type defines them, through the binder registered for each kind (<see cref="IPartBinder"/>,
/// <see cref="IFieldBinder"/>). Only posted properties change: parts, fields and properties the form does not
/// carry (unknown kinds, media, settings that hide an input) are left exactly as they were. Rich text is
/// sanitized here; rules such as required values and lengths are checked later, by <c>ContentRules</c>.
/// </summary>
public sealed class ItemFormBinder(PartEditors parts, FieldEditors fields)
{
    /// <summary>
    /// Binds <paramref name="form"/> into <paramref name="item"/>.Content. Returns the values that could
    /// not be read (a malformed number or date) as (path, message); such a field keeps its old value,
    /// and the caller must not save.
    /// </summary>
    public IReadOnlyList<(string Path, string Message)> Bind(ContentItem item, ContentTypeDefinition type, ContentDefinition definition, IFormCollection form)
    {
        var problems = new List<(string Path, string Message)>();
        foreach (var attached in type.Parts)
        {
            parts.For(attached.PartName)?.Binder?.Bind(new FormSlot(item, form, attached.Name, null, attached.DisplayName), attached);
            if (definition.FindPart(attached.PartName) is not { } part)
            {
                continue;
            }

            foreach (var field in part.Fields)
            {
                var slot = new FormSlot(item, form, attached.Name, field.Name, field.DisplayName);
                if (fields.For(field.FieldName)?.Binder?.Bind(slot, field) is { } problem)
                {
                    problems.Add((slot.Path, problem));
                }
            }
        }

        return problems;
    }
}
