using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Content.Parts.HtmlBody;

/// <summary>The body is at most 200,000 characters, counted in the text of its HTML.</summary>
public sealed class HtmlBodyPartRules() : BodyPartRules<HtmlBodyPart>("Html", TextLength.CountHtml);
