using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.Html;

/// <summary>
/// Required when its settings say so (a value is its text or an image), and at most its length counted in
/// the text of the HTML only, so markup never counts against the editor.
/// </summary>
public sealed class HtmlFieldRules : FieldKindRules<HtmlField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var settings = slot.Field.GetSettings<HtmlFieldSettings>();
        var html = slot.Texts("Html").ToList();
        var present = html.Any(h => ValueReader.NotBlank(TextLength.HtmlText(h)) || (h?.Contains("<img", StringComparison.OrdinalIgnoreCase) ?? false));
        return slot.Required(settings.Required, present)
            ?? slot.TooLong(html.Sum(TextLength.CountHtml), settings.MaxLength ?? FieldLimits.DefaultRichTextMaxLength);
    }
}
