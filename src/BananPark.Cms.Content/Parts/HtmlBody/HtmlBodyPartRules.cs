using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Parts.HtmlBody;

/// <summary>The body is at most 200,000 characters, counted in the text of its HTML.</summary>
public sealed class HtmlBodyPartRules : PartKindRules<HtmlBodyPart>
{
    public override IEnumerable<(string Path, string Message)> Validate(ContentItem item, ContentTypePartDefinition attached)
    {
        var html = ValueReader.Texts(item.Content[attached.Name] as JsonObject, "Html");
        if (RuleMessages.TooLong("Body", html.Sum(TextLength.CountHtml), FieldLimits.DefaultRichTextMaxLength) is { } message)
        {
            yield return ($"{attached.Name}.Html", message);
        }
    }

    public override string? PropertyLabel(string name) => "Body";
}
