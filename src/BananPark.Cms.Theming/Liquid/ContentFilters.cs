using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Theming.Services;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>Filters that reach content: render an item, list a container's children, list a type, load picked items.</summary>
public static class ContentFilters
{
    private const int MaxItems = 500;

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("display", Display);
        filters.AddFilter("children", Children);
        filters.AddFilter("published_items", PublishedItems);
        filters.AddFilter("content_items", ContentItems);
    }

    /// <summary><c>{{ item | display: "Summary" }}</c>: the item rendered with the display type's template.</summary>
    public static async ValueTask<FluidValue> Display(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.ToObjectValue() is not ContentItemModel model)
        {
            return NilValue.Instance;
        }

        var displayType = arguments.At(0).IsNil() ? "Summary" : arguments.At(0).ToStringValue();
        return new StringValue(await RenderScope.Renderer(context).RenderItemAsync(model.Item, displayType), false);
    }

    /// <summary><c>{% assign groups = item | children: "Group" %}</c>: the container's published children, in order.</summary>
    public static async ValueTask<FluidValue> Children(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.ToObjectValue() is not ContentItemModel model)
        {
            return NilValue.Instance;
        }

        var type = arguments.At(0).IsNil() ? null : arguments.At(0).ToStringValue();
        var items = await RenderScope.Renderer(context).Content.QueryAsync(
            new ContentQuery { ContainerId = model.Item.ContentItemId, ContentType = type, OrderBy = ContentOrder.ContainedOrder, Take = MaxItems });
        return Models(items, context);
    }

    /// <summary><c>{% assign all = "Enterprise" | published_items %}</c>: every published item of a type, A to Z.</summary>
    public static async ValueTask<FluidValue> PublishedItems(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var items = await RenderScope.Renderer(context).Content.QueryAsync(
            new ContentQuery { ContentType = input.ToStringValue(), Take = MaxItems });
        return Models(items, context);
    }

    /// <summary><c>{% assign picked = field.ContentItemIds | content_items %}</c>: the published items with these ids, in order.</summary>
    public static async ValueTask<FluidValue> ContentItems(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var ids = input is ArrayValue array
            ? array.Values.Select(v => v.ToStringValue())
            : [input.ToStringValue()];
        var content = RenderScope.Renderer(context).Content;
        var items = new List<ContentItem>();
        foreach (var id in ids.Where(i => i.Length > 0).Distinct().Take(MaxItems))
        {
            if (await content.GetAsync(id) is { } item)
            {
                items.Add(item);
            }
        }

        return Models(items, context);
    }

    private static FluidValue Models(IEnumerable<ContentItem> items, TemplateContext context)
        => FluidValue.Create(items.Select(i => new ContentItemModel(i)).ToList(), context.Options);
}
