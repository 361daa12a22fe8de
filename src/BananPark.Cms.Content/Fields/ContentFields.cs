using BananPark.Cms.Content.Fields.Boolean;
using BananPark.Cms.Content.Fields.ContentPicker;
using BananPark.Cms.Content.Fields.Date;
using BananPark.Cms.Content.Fields.DateAndTime;
using BananPark.Cms.Content.Fields.GeoPoint;
using BananPark.Cms.Content.Fields.Html;
using BananPark.Cms.Content.Fields.Link;
using BananPark.Cms.Content.Fields.Markdown;
using BananPark.Cms.Content.Fields.Media;
using BananPark.Cms.Content.Fields.MultiText;
using BananPark.Cms.Content.Fields.Numeric;
using BananPark.Cms.Content.Fields.Text;
using BananPark.Cms.Core.ContentManagement.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Fields;

/// <summary>The field kinds the host knows, in the order the type editor offers them; one line each.</summary>
internal static class ContentFields
{
    public static IServiceCollection AddCmsContentFields(this IServiceCollection services)
    {
        services.AddContentField<TextField>().WithRules<TextFieldRules>().WithSettings<TextFieldSettingsRules>();
        services.AddContentField<HtmlField>().WithRules<HtmlFieldRules>();
        services.AddContentField<MarkdownField>().WithRules<MarkdownFieldRules>();
        services.AddContentField<NumericField>().WithRules<NumericFieldRules>().WithSettings<NumericFieldSettingsRules>();
        services.AddContentField<DateField>().WithRules<DateFieldRules>();
        services.AddContentField<DateTimeField>().WithRules<DateTimeFieldRules>();
        services.AddContentField<BooleanField>().WithRules<BooleanFieldRules>();
        services.AddContentField<LinkField>().WithRules<LinkFieldRules>();
        services.AddContentField<ContentPickerField>().WithRules<ContentPickerFieldRules>().WithSettings<ContentPickerFieldSettingsRules>();
        services.AddContentField<MultiTextField>().WithRules<MultiTextFieldRules>().WithSettings<MultiTextFieldSettingsRules>();
        services.AddContentField<MediaField>().WithRules<MediaFieldRules>().WithSettings<MediaFieldSettingsRules>();
        services.AddContentField<GeoPointField>().WithRules<GeoPointFieldRules>();
        return services;
    }
}
