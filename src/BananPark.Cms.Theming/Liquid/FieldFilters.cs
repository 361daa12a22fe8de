using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Theming.Fields;
using BananPark.Cms.Theming.Services;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>Filters over an item's fields as the type defines them.</summary>
public static class FieldFilters
{
    public static void Register(FilterCollection filters, FieldDisplays displays, IRichText richText)
        => filters.AddFilter("other_fields", (input, arguments, context) => OtherFields(input, arguments, context, displays, richText));

    /// <summary>
    /// <c>{% assign others = item | other_fields: "Website", "Group" %}</c>: the fields of the item's own
    /// part (the part named like its type) that the template does not place itself (the names given), in
    /// the definition's order, each with <c>Name</c>, <c>DisplayName</c>, <c>Kind</c> and <c>Html</c> (its
    /// value rendered for its kind by its <see cref="IFieldDisplay"/>, safe to output as is). Empty values are left
    /// out, so a field an admin adds shows on the page as soon as an item has a value for it.
    /// </summary>
    public static async ValueTask<FluidValue> OtherFields(FluidValue input, FilterArguments arguments, TemplateContext context, FieldDisplays displays, IRichText richText)
    {
        if (input.ToObjectValue() is not ContentItemModel model)
        {
            return NilValue.Instance;
        }

        var placed = Enumerable.Range(0, arguments.Count).Select(i => arguments.At(i).ToStringValue()).ToHashSet(StringComparer.Ordinal);
        var renderer = RenderScope.Renderer(context);
        var definition = await renderer.Definitions.GetAsync();
        var result = new List<Dictionary<string, object?>>();
        if (definition.FindType(model.Item.ContentType) is { } type && definition.FindPart(type.Name) is { } ownPart)
        {
            var attached = type.Parts.FirstOrDefault(p => string.Equals(p.PartName, type.Name, StringComparison.Ordinal));
            foreach (var field in ownPart.OrderedFields.Where(f => !placed.Contains(f.Name)))
            {
                var value = model.Item.Field(attached?.Name ?? type.Name, field.Name);
                if (await displays.RenderAsync(field, value, renderer.Published, richText, renderer.Services) is { } html)
                {
                    result.Add(new Dictionary<string, object?>
                    {
                        ["Name"] = field.Name,
                        ["DisplayName"] = field.DisplayName,
                        ["Kind"] = field.FieldName,
                        ["Html"] = new StringValue(html, encode: false),
                    });
                }
            }
        }

        return FluidValue.Create(result, context.Options);
    }
}
