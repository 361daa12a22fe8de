using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>The parts attached to a type: add, remove, reorder.</summary>
public sealed partial class ContentTypeEditor
{
    /// <summary>Parts of the code any type may carry (the registered part kinds not attached at run time), in registration order.</summary>
    public IReadOnlyList<string> StandardParts => rules.Kinds.Parts.Where(p => !p.AttachedAtRunTime).Select(p => p.Name).ToList();

    /// <summary>Parts that can be added to the type: the standard ones and the reusable parts (not a type's own) not yet attached.</summary>
    public IReadOnlyList<string> AttachableParts(ContentDefinition definition, ContentTypeDefinition type)
        => StandardParts
            .Concat(definition.Parts.Select(p => p.Name).Where(p => definition.FindType(p) is null).Order(StringComparer.Ordinal))
            .Where(p => !type.HasPart(p))
            .ToList();

    /// <summary>Attaches a part at the end, with what its rules give a new attachment (an <c>AutoroutePart</c> gets a pattern made from the type's name).</summary>
    public Task<EditorResult> AddPartAsync(string typeName, string? partName, CancellationToken cancellationToken = default)
        => ChangeAsync(typeName, (definition, type) =>
        {
            if (string.IsNullOrEmpty(partName) || !AttachableParts(definition, type).Contains(partName, StringComparer.Ordinal))
            {
                return EditorResult.Fail($"The part '{partName}' cannot be added to '{type.Name}': choose one of the parts offered.");
            }

            var part = new ContentTypePartDefinition { PartName = partName, Name = partName };
            rules.Part(partName)?.Attaching(part, type);

            var ordered = type.OrderedParts.Append(part).ToList();
            type.Parts.Add(part);
            Renumber(ordered.Select(p => p.Settings), PartSettings);
            return EditorResult.Done($"Added the part '{partName}' to '{type.Name}'.");
        }, cancellationToken);

    /// <summary>Detaches a part; items keep what they store under it. The type's own part stays.</summary>
    public Task<EditorResult> RemovePartAsync(string typeName, string? partName, CancellationToken cancellationToken = default)
        => ChangeAsync(typeName, (_, type) =>
        {
            var part = type.Parts.FirstOrDefault(p => p.Name == partName);
            if (part is null)
            {
                return EditorResult.Fail($"'{type.Name}' has no part '{partName}'.");
            }

            if (part.PartName == type.Name)
            {
                return EditorResult.Fail($"The part '{part.Name}' holds the fields of '{type.Name}' and cannot be removed; remove fields instead.");
            }

            type.Parts.Remove(part);
            Renumber(type.OrderedParts.Select(p => p.Settings), PartSettings);
            return EditorResult.Done($"Removed the part '{part.Name}' from '{type.Name}'.");
        }, cancellationToken);

    /// <summary>Moves a part one place up (<paramref name="offset"/> -1) or down (+1).</summary>
    public Task<EditorResult> MovePartAsync(string typeName, string? partName, int offset, CancellationToken cancellationToken = default)
        => ChangeAsync(typeName, (_, type) =>
        {
            var ordered = type.OrderedParts.ToList();
            var index = ordered.FindIndex(p => p.Name == partName);
            if (index < 0)
            {
                return EditorResult.Fail($"'{type.Name}' has no part '{partName}'.");
            }

            if (!Move(ordered, index, offset))
            {
                return EditorResult.Fail($"The part '{partName}' is already {(offset < 0 ? "first" : "last")}.");
            }

            Renumber(ordered.Select(p => p.Settings), PartSettings);
            return EditorResult.Done($"Moved the part '{partName}' of '{type.Name}' {(offset < 0 ? "up" : "down")}.");
        }, cancellationToken);
}
