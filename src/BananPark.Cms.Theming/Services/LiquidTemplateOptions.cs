using System.Globalization;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Theming.Fields;
using BananPark.Cms.Theming.Liquid;
using Fluid;

namespace BananPark.Cms.Theming.Services;

/// <summary>The one set of Fluid options: our filters, invariant culture, UTC. Built once.</summary>
public sealed class LiquidTemplateOptions(FieldDisplays displays, IRichText richText)
{
    public TemplateOptions Options { get; } = Create(displays, richText);

    private static TemplateOptions Create(FieldDisplays displays, IRichText richText)
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            MaxSteps = 1_000_000,
            MaxRecursion = 32,
        };
        ContentItemModel.Register(options);
        ContentFilters.Register(options.Filters);
        TextFilters.Register(options.Filters);
        HtmlFilters.Register(options.Filters, richText);
        FieldFilters.Register(options.Filters, displays, richText);
        MediaFilters.Register(options.Filters);
        PartialFilters.Register(options.Filters);
        return options;
    }
}
