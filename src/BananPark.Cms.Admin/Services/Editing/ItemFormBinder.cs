using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>
/// Applies a posted editor form (input names: <see cref="EditorNames"/>) to an item, part by part
/// and field by field as the type defines them. Only posted properties change: parts, fields and
/// properties the form does not carry (unknown kinds, media, settings that hide an input) are left
/// exactly as they were. Rich text is sanitized here; rules such as required values and lengths
/// are checked later, by <c>FieldRules</c>.
/// </summary>
public static class ItemFormBinder
{
    /// <summary>
    /// Binds <paramref name="form"/> into <paramref name="item"/>.Content. Returns the values that could
    /// not be read (a malformed number or date) as (path, message); such a field keeps its old value,
    /// and the caller must not save.
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> Bind(ContentItem item, ContentTypeDefinition type, ContentDefinition definition, IFormCollection form)
    {
        var problems = new List<(string Path, string Message)>();
        foreach (var attached in type.Parts)
        {
            PartBinders.Bind(item, attached, form);
            if (definition.FindPart(attached.PartName) is not { } part)
            {
                continue;
            }

            foreach (var field in part.Fields)
            {
                var slot = new FormSlot(item, form, attached.Name, field.Name, field.DisplayName);
                if (FieldBinders.Bind(slot, field) is { } problem)
                {
                    problems.Add((slot.Path, problem));
                }
            }
        }

        return problems;
    }
}
