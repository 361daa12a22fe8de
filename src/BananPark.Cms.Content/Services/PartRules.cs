using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Services;

/// <summary>The editor rules of the parts the code knows: a required title, the length of a body.</summary>
internal static class PartRules
{
    public static void Check(ContentItem item, ContentTypeDefinition type, List<(string, string)> problems)
    {
        foreach (var attached in type.Parts)
        {
            var part = item.Content[attached.Name] as JsonObject;
            switch (attached.PartName)
            {
                case "TitlePart" when attached.GetSettings<TitlePartSettings>().Options == TitlePartOptions.EditableRequired
                    && !FieldSlots.Texts(part, "Title").Any(FieldRules.NotBlank):
                    problems.Add(($"{attached.Name}.Title", "Title is required."));
                    break;
                case "HtmlBodyPart":
                    Add(problems, $"{attached.Name}.Html", FieldRules.TooLong("Body", FieldSlots.Texts(part, "Html").Sum(TextLength.CountHtml), FieldLimits.DefaultRichTextMaxLength));
                    break;
                case "MarkdownBodyPart":
                    Add(problems, $"{attached.Name}.Markdown", FieldRules.TooLong("Body", FieldSlots.Texts(part, "Markdown").Sum(TextLength.Count), FieldLimits.DefaultRichTextMaxLength));
                    break;
            }
        }
    }

    private static void Add(List<(string, string)> problems, string path, string? message)
    {
        if (message is not null)
        {
            problems.Add((path, message));
        }
    }
}
