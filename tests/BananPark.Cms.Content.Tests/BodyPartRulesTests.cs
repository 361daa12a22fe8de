using System.Text.Json.Nodes;
using BananPark.Cms.Content.Parts;
using BananPark.Cms.Content.Parts.HtmlBody;
using BananPark.Cms.Content.Parts.MarkdownBody;
using BananPark.Cms.Core.Metadata.Settings;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests;

/// <summary>HTML and Markdown bodies: at most 200,000 characters (HTML's counted in its text), reported at the body's property.</summary>
public sealed class BodyPartRulesTests
{
    private const string Type = "Article";
    private static readonly int Limit = FieldLimits.DefaultRichTextMaxLength;

    [Fact]
    public void HtmlBody_OverTheLimitInText_IsReportedAtItsHtml_AndMarkupDoesNotCount()
    {
        var tooLong = $"<p>{new string('a', Limit + 1)}</p>";
        var fits = $"<p><strong>{new string('a', Limit)}</strong></p>";

        Assert.Equal("HtmlBodyPart.Html", Assert.Single(Problems(new HtmlBodyPartRules(), "HtmlBodyPart", "Html", tooLong)).Path);
        Assert.Empty(Problems(new HtmlBodyPartRules(), "HtmlBodyPart", "Html", fits));
    }

    [Fact]
    public void MarkdownBody_OverTheLimit_IsReportedAtItsMarkdown()
    {
        Assert.Equal("MarkdownBodyPart.Markdown", Assert.Single(Problems(new MarkdownBodyPartRules(), "MarkdownBodyPart", "Markdown", new string('a', Limit + 1))).Path);
        Assert.Empty(Problems(new MarkdownBodyPartRules(), "MarkdownBodyPart", "Markdown", new string('a', Limit)));
    }

    private static List<(string Path, string Message)> Problems(IPartRules rules, string part, string property, string text)
    {
        var definition = new DefinitionBuilder(Type).Part(part).Build();
        var attached = definition.FindType(Type)!.Parts.Single(p => p.Name == part);
        var item = new ContentItemBuilder(Type).With(i => i.Content[part] = new JsonObject { [property] = text }).Build();
        return rules.Validate(item, attached).ToList();
    }
}
