using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata.Settings;
using BananPark.Cms.Theming.Services;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>
/// Filters that reach content: render an item, list a container's children (a page of them), list a type,
/// load picked items. Each call is at most one query (cached snapshots), however many items the site holds.
/// </summary>
public static class ContentFilters
{
    /// <summary>Most items an unpaged list filter returns; longer lists page (<c>list_page</c>).</summary>
    public const int MaxItems = 100;

    private const int DefaultPageSize = 20;

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("display", Display);
        filters.AddFilter("children", Children);
        filters.AddFilter("list_page", ListPage);
        filters.AddFilter("pager", Pager);
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
        return new StringValue(await RenderScope.Renderer(context).RenderItemAsync(model.Item, displayType, context), false);
    }

    /// <summary>
    /// <c>{% assign groups = item | children: "Group" %}</c>: the container's first published children in order
    /// (at most <see cref="MaxItems"/>; a list that can be longer uses <c>list_page</c>).
    /// </summary>
    public static async ValueTask<FluidValue> Children(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.ToObjectValue() is not ContentItemModel model)
        {
            return NilValue.Instance;
        }

        var page = await RenderScope.Renderer(context).Published.QueryAsync(ChildrenOf(model.Item, arguments.At(0)) with { Take = MaxItems });
        return Models(page.Items, context);
    }

    /// <summary>
    /// <c>{% assign list = item | list_page: "Enterprise" %}</c>: the page of the container's children the
    /// request asks for (<c>?page=</c>), as many per page as the container's <c>ListPartSettings.PageSize</c>, with
    /// <c>Items</c>, <c>Number</c>, <c>PageCount</c>, <c>Total</c>, <c>PreviousUrl</c>, <c>NextUrl</c> and <c>Links</c>.
    /// The layout links the previous and next pages.
    /// </summary>
    public static async ValueTask<FluidValue> ListPage(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.ToObjectValue() is not ContentItemModel model)
        {
            return NilValue.Instance;
        }

        var renderer = RenderScope.Renderer(context);
        var type = await renderer.Definitions.GetTypeAsync(model.Item.ContentType);
        var size = type?.Parts.Where(p => p.PartName == "ListPart").Select(p => p.GetSettings<ListPartSettings>().PageSize).FirstOrDefault() ?? 0;
        size = size > 0 ? size : DefaultPageSize;
        var skip = (long)(renderer.RequestedPage - 1) * size;
        var query = ChildrenOf(model.Item, arguments.At(0)) with { Skip = (int)Math.Min(skip, int.MaxValue), Take = size };
        var page = await renderer.Published.QueryAsync(query);
        var pager = new ListPager(model.Item.Url ?? "/", renderer.RequestedPage, size, page.Total);
        renderer.Pager = pager;
        renderer.PageMissing |= renderer.RequestedPage > pager.PageCount;
        return FluidValue.Create(pager.ToModel(ContentItemModel.Of(page.Items)), context.Options);
    }

    /// <summary><c>{{ list | pager }}</c>: the theme's <c>Pager</c> template for a list page (nothing when it has one page).</summary>
    public static async ValueTask<FluidValue> Pager(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var renderer = RenderScope.Renderer(context);
        if (renderer.Pager is not { PageCount: > 1 } pager)
        {
            return StringValue.Empty;
        }

        var html = await renderer.RenderNamedAsync("Pager", new Dictionary<string, object?> { ["Pager"] = pager.ToModel([]) });
        return new StringValue(html, false);
    }

    /// <summary><c>{% assign all = "Cluster" | published_items %}</c>: the first published items of a type, A to Z (at most <see cref="MaxItems"/>).</summary>
    public static async ValueTask<FluidValue> PublishedItems(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var page = await RenderScope.Renderer(context).Published.QueryAsync(new ContentQuery { ContentType = input.ToStringValue(), Take = MaxItems });
        return Models(page.Items, context);
    }

    /// <summary><c>{% assign picked = field.ContentItemIds | content_items %}</c>: the published items with these ids, in order, in one query.</summary>
    public static async ValueTask<FluidValue> ContentItems(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var ids = input is ArrayValue array ? array.Values.Select(v => v.ToStringValue()) : [input.ToStringValue()];
        var items = await RenderScope.Renderer(context).Published.GetManyAsync(ids.Where(i => i.Length > 0).Take(MaxItems));
        return Models(items, context);
    }

    private static ContentQuery ChildrenOf(ContentItemSnapshot container, FluidValue type)
        => new() { ContainerId = container.ContentItemId, ContentType = type.IsNil() ? null : type.ToStringValue(), OrderBy = ContentOrder.ContainedOrder };

    private static FluidValue Models(IEnumerable<ContentItemSnapshot> items, TemplateContext context)
        => FluidValue.Create(ContentItemModel.Of(items), context.Options);
}
