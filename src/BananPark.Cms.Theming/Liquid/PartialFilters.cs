using BananPark.Cms.Theming.Services;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>The <c>partial</c> filter: a piece another capability adds to a page (<see cref="ITemplatePartial"/>).</summary>
public static class PartialFilters
{
    public static void Register(FilterCollection filters) => filters.AddFilter("partial", Partial);

    /// <summary><c>{{ item | partial: "EnquiryForm" }}</c>: the named partial for the item, or nothing when no capability offers it.</summary>
    public static async ValueTask<FluidValue> Partial(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var name = arguments.At(0).ToStringValue();
        if (input.ToObjectValue() is not ContentItemModel model || name.Length == 0)
        {
            return StringValue.Empty;
        }

        var renderer = RenderScope.Renderer(context);
        var partial = renderer.Services.GetServices<ITemplatePartial>().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        if (partial is null || await partial.ModelAsync(model.Item, CancellationToken.None) is not { } partialModel)
        {
            return StringValue.Empty;
        }

        return new StringValue(await renderer.RenderPartialAsync(name, partialModel, context), false);
    }
}
