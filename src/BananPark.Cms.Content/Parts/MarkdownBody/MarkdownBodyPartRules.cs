using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Parts.MarkdownBody;

/// <summary>The body is at most 200,000 characters of Markdown source.</summary>
public sealed class MarkdownBodyPartRules : PartKindRules<MarkdownBodyPart>
{
    public override IEnumerable<(string Path, string Message)> Validate(ContentItem item, ContentTypePartDefinition attached)
    {
        var markdown = ValueReader.Texts(item.Content[attached.Name] as JsonObject, "Markdown");
        if (RuleMessages.TooLong("Body", markdown.Sum(TextLength.Count), FieldLimits.DefaultRichTextMaxLength) is { } message)
        {
            yield return ($"{attached.Name}.Markdown", message);
        }
    }

    public override string? PropertyLabel(string name) => "Body";
}
