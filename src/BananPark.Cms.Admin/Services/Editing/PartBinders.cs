using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>Binds the parts the code knows. Settings decide what may be posted: a generated title or path is never taken from the form.</summary>
internal static class PartBinders
{
    public static void Bind(ContentItem item, ContentTypePartDefinition attached, IFormCollection form)
    {
        var slot = new FormSlot(item, form, attached.Name, null, attached.DisplayName);
        switch (attached.PartName)
        {
            case "TitlePart":
                if (attached.GetSettings<TitlePartSettings>().Options is TitlePartOptions.Editable or TitlePartOptions.EditableRequired && slot.Has("Title"))
                {
                    slot.Set("Title", slot.Trimmed("Title"));
                }

                break;
            case "AutoroutePart":
                BindAutoroute(slot, attached.GetSettings<AutoroutePartSettings>());
                break;
            case "HtmlBodyPart" when slot.Has("Html"):
                slot.Set("Html", Sanitized(slot.Text("Html")));
                break;
            case "MarkdownBodyPart" when slot.Has("Markdown"):
                slot.Set("Markdown", slot.Multiline("Markdown"));
                break;
        }
    }

    /// <summary>Sanitized rich text (the theme's sanitizer); null when nothing is left.</summary>
    public static string? Sanitized(string? html) => RichText.Sanitize(html) is { Length: > 0 } safe ? safe : null;

    private static void BindAutoroute(FormSlot slot, AutoroutePartSettings settings)
    {
        if (settings.AllowCustomPath && slot.Has("Path"))
        {
            slot.Set("Path", slot.Trimmed("Path")?.Trim('/') is { Length: > 0 } path ? path : null);
        }

        if (settings.ShowHomepageOption && slot.Has("SetHomepage"))
        {
            slot.Set("SetHomepage", FieldBinders.IsChecked(slot.Values("SetHomepage")));
        }
    }
}
