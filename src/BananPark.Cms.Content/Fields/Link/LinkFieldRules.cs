using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.Link;

/// <summary>
/// On every write: only http, https, mailto, tel or local URLs (<see cref="SafeLinks"/>). For editors: a URL
/// when required, and its text when the settings require one. Shown to people as "text &lt;url&gt;".
/// </summary>
public sealed class LinkFieldRules : FieldKindRules<LinkField>
{
    public override IReadOnlyCollection<string> NonTextProperties { get; } = ["Target"];

    public override string? ValidateWrite(FieldSlot slot)
        => slot.Texts("Url").Any(url => !SafeLinks.IsAllowed(url)) ? $"{slot.Label}: only http, https, mailto and tel links are allowed." : null;

    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var settings = slot.Field.GetSettings<LinkFieldSettings>();
        var hasUrl = slot.Texts("Url").Any(ValueReader.NotBlank);
        if (settings.Required && !hasUrl)
        {
            return $"{slot.Label}: a URL is required.";
        }

        return settings.LinkTextMode == LinkTextMode.Required && hasUrl && !slot.Texts("Text").Any(ValueReader.NotBlank)
            ? $"{slot.Label}: the link text is required."
            : null;
    }

    public override string? Text(JsonObject value, ContentPartFieldDefinition field)
    {
        var text = ValueText.Of(value["Text"]);
        var url = ValueText.Of(value["Url"]);
        return string.IsNullOrEmpty(text) ? url ?? "" : string.Create(CultureInfo.InvariantCulture, $"{text} <{url}>");
    }
}
