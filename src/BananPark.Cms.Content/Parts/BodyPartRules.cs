using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Parts;

/// <summary>
/// The rule of a body part (HTML or Markdown): its text, stored in <paramref name="property"/> and measured by
/// <paramref name="length"/>, is at most 200,000 characters; its one property is labelled "Body".
/// </summary>
public abstract class BodyPartRules<TPart>(string property, Func<string?, int> length) : PartKindRules<TPart> where TPart : IContentPart
{
    public override IEnumerable<(string Path, string Message)> Validate(ContentItem item, ContentTypePartDefinition attached)
    {
        var texts = ValueReader.Texts(item.Content[attached.Name] as JsonObject, property);
        if (RuleMessages.TooLong("Body", texts.Sum(length), FieldLimits.DefaultRichTextMaxLength) is { } message)
        {
            yield return ($"{attached.Name}.{property}", message);
        }
    }

    public override string? PropertyLabel(string name) => "Body";
}
