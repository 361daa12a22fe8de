using System.Text.Json.Nodes;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>The fields of a type's own part: add, remove, reorder.</summary>
public sealed partial class ContentTypeEditor
{
    private const string FieldSettings = "ContentPartFieldSettings";

    /// <summary>A free technical name for a new field of the type, made from its display name.</summary>
    public async Task<string> SuggestFieldNameAsync(string typeName, string? displayName, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var own = definition.FindType(typeName) is { } type ? OwnPart.Of(definition, type) : null;
        return DefinitionNames.Suggest(displayName, "Field", name => own?.Fields.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) == true);
    }

    /// <summary>
    /// Adds a field at the end of the type's own part (defining and attaching the part when needed).
    /// When items still hold values under that name (a removed field's data), they come back, provided
    /// they fit the kind; otherwise the field is refused until that data is purged.
    /// </summary>
    public async Task<EditorResult> AddFieldAsync(string typeName, NewFieldInput input, CancellationToken cancellationToken = default)
    {
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(cancellationToken));
        if (definition.FindType(typeName) is not { } type)
        {
            return EditorResult.Fail($"There is no content type '{typeName}'.");
        }

        var name = input.Name?.Trim();
        var own = OwnPart.Of(definition, type);
        var problem = DisplayNameProblem(input.DisplayName)
            ?? DefinitionNames.Problem(name, "field")
            ?? (own.Fields.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ? $"'{type.Name}' already has a field named '{name}'." : null)
            ?? (rules.Kinds.Field(input.Kind ?? "") is null ? "Choose the kind of field." : null);
        if (problem is not null)
        {
            return EditorResult.Fail(problem);
        }

        var (itemsWithData, mismatch) = await stored.CheckValuesAsync(type.Name, own.PropertyName, name!, input.Kind!, cancellationToken);
        if (mismatch is not null)
        {
            return EditorResult.Fail(mismatch);
        }

        var part = own.Definition;
        if (part is null)
        {
            part = new ContentPartDefinition { Name = type.Name };
            definition.Parts.Add(part);
        }

        if (own.Attached is null)
        {
            var attached = new ContentTypePartDefinition { PartName = type.Name, Name = type.Name };
            var parts = type.OrderedParts.Append(attached).ToList();
            type.Parts.Add(attached);
            Renumber(parts.Select(p => p.Settings), PartSettings);
        }

        var field = new ContentPartFieldDefinition
        {
            FieldName = input.Kind!,
            Name = name!,
            Settings = new JsonObject { [FieldSettings] = new JsonObject { ["DisplayName"] = input.DisplayName!.Trim() } },
        };
        var fields = part.OrderedFields.Append(field).ToList();
        part.Fields.Add(field);
        Renumber(fields.Select(f => f.Settings), FieldSettings);
        await definitions.SaveAsync(definition, cancellationToken);
        var returning = itemsWithData > 0 ? $" The values {itemsWithData} item(s) kept under that name are shown again." : "";
        return EditorResult.Done($"Added the field '{name}' ({input.Kind}) to '{type.Name}'.{returning}");
    }

    /// <summary>Removes a field from the definition only: items keep its values until they are purged.</summary>
    public Task<EditorResult> RemoveFieldAsync(string typeName, string? fieldName, CancellationToken cancellationToken = default)
        => ChangeAsync(typeName, (definition, type) =>
        {
            var own = OwnPart.Of(definition, type);
            if (own.FindField(fieldName ?? "") is not { } field)
            {
                return EditorResult.Fail($"'{type.Name}' has no field '{fieldName}'.");
            }

            own.Definition!.Fields.Remove(field);
            Renumber(own.Fields.Select(f => f.Settings), FieldSettings);
            return EditorResult.Done($"Removed the field '{field.Name}' ({field.FieldName}) from '{type.Name}'; stored values are kept until purged.");
        }, cancellationToken);

    /// <summary>Moves a field one place up (<paramref name="offset"/> -1) or down (+1).</summary>
    public Task<EditorResult> MoveFieldAsync(string typeName, string? fieldName, int offset, CancellationToken cancellationToken = default)
        => ChangeAsync(typeName, (definition, type) =>
        {
            var ordered = OwnPart.Of(definition, type).Fields.ToList();
            var index = ordered.FindIndex(f => f.Name == fieldName);
            if (index < 0)
            {
                return EditorResult.Fail($"'{type.Name}' has no field '{fieldName}'.");
            }

            if (!Move(ordered, index, offset))
            {
                return EditorResult.Fail($"The field '{fieldName}' is already {(offset < 0 ? "first" : "last")}.");
            }

            Renumber(ordered.Select(f => f.Settings), FieldSettings);
            return EditorResult.Done($"Moved the field '{fieldName}' of '{type.Name}' {(offset < 0 ? "up" : "down")}.");
        }, cancellationToken);
}
