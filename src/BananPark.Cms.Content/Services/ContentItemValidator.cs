using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Checks an item against the definitions before it is stored: its type exists, each part is
/// one the type (or the tenant, or the code) knows, and known parts and fields hold values of
/// the right shape. Unknown part and field kinds that are defined are kept without checks.
/// </summary>
public static class ContentItemValidator
{
    /// <summary>Problems as (path relative to the item, message); empty when the item is valid.</summary>
    public static IReadOnlyList<(string Path, string Message)> Validate(ContentItem item, ContentDefinition definition)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(item.ContentType))
        {
            problems.Add(("ContentType", "ContentType is required."));
            return problems;
        }

        var type = definition.FindType(item.ContentType);
        if (type is null)
        {
            problems.Add(("ContentType", $"unknown content type '{item.ContentType}'; define it in a ContentDefinition step first."));
            return problems;
        }

        foreach (var (name, node) in item.Content)
        {
            if (node is JsonObject && !IsKnownPart(name, type, definition))
            {
                problems.Add((name, $"unknown part '{name}': it is not attached to type '{type.Name}' nor defined."));
            }
        }

        foreach (var attached in type.Parts)
        {
            ValidatePart(item.Content[attached.Name], attached, definition, problems);
        }

        foreach (var dynamicPart in ContentSchemas.DynamicParts.Where(p => type.FindPart(p) is null))
        {
            if (ContentSchemas.Parts.TryGetValue(dynamicPart, out var shape))
            {
                problems.AddRange(ContentSchemas.Validate(shape, item.Content[dynamicPart], dynamicPart));
            }
        }

        var route = item.As<AutoroutePart>()?.Path;
        if (type.HasPart(nameof(AutoroutePart)) && RoutePaths.Problem(route) is { } routeProblem)
        {
            problems.Add(($"{nameof(AutoroutePart)}.Path", routeProblem));
        }

        return problems;
    }

    private static bool IsKnownPart(string name, ContentTypeDefinition type, ContentDefinition definition)
        => type.FindPart(name) is not null
            || ContentSchemas.DynamicParts.Contains(name)
            || ContentSchemas.Parts.ContainsKey(name)
            || definition.FindPart(name) is not null;

    private static void ValidatePart(JsonNode? node, ContentTypePartDefinition attached, ContentDefinition definition, List<(string, string)> problems)
    {
        if (node is null)
        {
            return;
        }

        if (ContentSchemas.Parts.TryGetValue(attached.PartName, out var partShape))
        {
            problems.AddRange(ContentSchemas.Validate(partShape, node, attached.Name));
        }

        if (node is not JsonObject part || definition.FindPart(attached.PartName) is not { } partDefinition)
        {
            return;
        }

        foreach (var field in partDefinition.Fields)
        {
            if (ContentSchemas.Fields.TryGetValue(field.FieldName, out var fieldShape))
            {
                problems.AddRange(ContentSchemas.Validate(fieldShape, part[field.Name], $"{attached.Name}.{field.Name}"));
            }
        }
    }
}
