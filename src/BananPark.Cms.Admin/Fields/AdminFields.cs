using BananPark.Cms.Admin.Fields.Boolean;
using BananPark.Cms.Admin.Fields.ContentPicker;
using BananPark.Cms.Admin.Fields.Date;
using BananPark.Cms.Admin.Fields.DateAndTime;
using BananPark.Cms.Admin.Fields.GeoPoint;
using BananPark.Cms.Admin.Fields.Html;
using BananPark.Cms.Admin.Fields.Link;
using BananPark.Cms.Admin.Fields.Markdown;
using BananPark.Cms.Admin.Fields.Media;
using BananPark.Cms.Admin.Fields.MultiText;
using BananPark.Cms.Admin.Fields.Numeric;
using BananPark.Cms.Admin.Fields.Text;
using BananPark.Cms.Core.ContentManagement.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Fields;

public static class AdminFields
{
    /// <summary>How the admin edits each field kind (editor, binder, settings form); one line each.</summary>
    public static IServiceCollection AddCmsFieldEditors(this IServiceCollection services)
    {
        services.AddFieldEditor<TextField, TextFieldEditor>().WithBinder<TextFieldBinder>().WithSettingsForm<TextFieldSettingsForm, TextFieldSettingsBinder>();
        services.AddFieldEditor<HtmlField, HtmlFieldEditor>().WithBinder<HtmlFieldBinder>();
        services.AddFieldEditor<MarkdownField, MarkdownFieldEditor>().WithBinder<MarkdownFieldBinder>();
        services.AddFieldEditor<NumericField, NumericFieldEditor>().WithBinder<NumericFieldBinder>().WithSettingsForm<NumericFieldSettingsForm, NumericFieldSettingsBinder>();
        services.AddFieldEditor<DateField, DateFieldEditor>().WithBinder<DateFieldBinder>();
        services.AddFieldEditor<DateTimeField, DateTimeFieldEditor>().WithBinder<DateTimeFieldBinder>();
        services.AddFieldEditor<BooleanField, BooleanFieldEditor>().WithBinder<BooleanFieldBinder>();
        services.AddFieldEditor<LinkField, LinkFieldEditor>().WithBinder<LinkFieldBinder>();
        services.AddFieldEditor<ContentPickerField, ContentPickerFieldEditor>().WithBinder<ContentPickerFieldBinder>()
            .WithSettingsForm<ContentPickerFieldSettingsForm, ContentPickerFieldSettingsBinder>();
        services.AddFieldEditor<MultiTextField, MultiTextFieldEditor>().WithBinder<MultiTextFieldBinder>()
            .WithSettingsForm<MultiTextFieldSettingsForm, MultiTextFieldSettingsBinder>();
        services.AddFieldEditor<MediaField, MediaFieldEditor>().WithBinder<MediaFieldBinder>().WithSettingsForm<MediaFieldSettingsForm, MediaFieldSettingsBinder>();
        services.AddFieldEditor<GeoPointField, GeoPointFieldEditor>().WithBinder<GeoPointFieldBinder>();
        return services;
    }
}
