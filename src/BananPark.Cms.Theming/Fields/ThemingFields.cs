using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Theming.Fields.Boolean;
using BananPark.Cms.Theming.Fields.ContentPicker;
using BananPark.Cms.Theming.Fields.Date;
using BananPark.Cms.Theming.Fields.DateAndTime;
using BananPark.Cms.Theming.Fields.GeoPoint;
using BananPark.Cms.Theming.Fields.Html;
using BananPark.Cms.Theming.Fields.Link;
using BananPark.Cms.Theming.Fields.Markdown;
using BananPark.Cms.Theming.Fields.Media;
using BananPark.Cms.Theming.Fields.MultiText;
using BananPark.Cms.Theming.Fields.Numeric;
using BananPark.Cms.Theming.Fields.Text;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Fields;

public static class ThemingFields
{
    /// <summary>How the public site shows each field kind; one line each.</summary>
    public static IServiceCollection AddCmsFieldDisplays(this IServiceCollection services)
    {
        services.AddFieldDisplay<TextField, TextFieldDisplay>();
        services.AddFieldDisplay<HtmlField, HtmlFieldDisplay>();
        services.AddFieldDisplay<MarkdownField, MarkdownFieldDisplay>();
        services.AddFieldDisplay<NumericField, NumericFieldDisplay>();
        services.AddFieldDisplay<DateField, DateFieldDisplay>();
        services.AddFieldDisplay<DateTimeField, DateTimeFieldDisplay>();
        services.AddFieldDisplay<BooleanField, BooleanFieldDisplay>();
        services.AddFieldDisplay<LinkField, LinkFieldDisplay>();
        services.AddFieldDisplay<ContentPickerField, ContentPickerFieldDisplay>();
        services.AddFieldDisplay<MultiTextField, MultiTextFieldDisplay>();
        services.AddFieldDisplay<MediaField, MediaFieldDisplay>();
        services.AddFieldDisplay<GeoPointField, GeoPointFieldDisplay>();
        return services;
    }
}
