using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Content.Fields.Boolean;

/// <summary>Nothing to check: Orchard's boolean field has no <c>Required</c>, and false is a value.</summary>
public sealed class BooleanFieldRules : FieldKindRules<BooleanField>;
