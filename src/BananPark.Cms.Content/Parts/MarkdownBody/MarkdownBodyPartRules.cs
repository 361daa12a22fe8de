using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Content.Parts.MarkdownBody;

/// <summary>The body is at most 200,000 characters of Markdown source.</summary>
public sealed class MarkdownBodyPartRules() : BodyPartRules<MarkdownBodyPart>("Markdown", TextLength.Count);
