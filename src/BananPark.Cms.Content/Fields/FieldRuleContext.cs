using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields;

/// <summary>What the editor rules of a field may look at besides its value.</summary>
/// <param name="Definition">All definitions of the tenant (the types a picker allows, their display names).</param>
/// <param name="PickedItemTypes">
/// The type of each referenced item that exists (content item id → content type), looked up from
/// <see cref="IFieldRules.ReferencedItemIds"/>; null when not looked up, so types are not checked.
/// </param>
public sealed record FieldRuleContext(ContentDefinition Definition, IReadOnlyDictionary<string, string>? PickedItemTypes);
