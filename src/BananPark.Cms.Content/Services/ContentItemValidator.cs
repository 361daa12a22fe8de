using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Checks an item against the definitions before it is stored: its type exists, each part is one the
/// type (or the tenant, or the code) knows, known parts and fields hold values of their kind's shape,
/// and the parts' write rules hold (a route's form). Unknown part and field kinds that are defined are
/// kept without checks.
/// </summary>
public static class ContentItemValidator
{
    /// <summary>Problems as (path relative to the item, message); empty when the item is valid.</summary>
    public static IReadOnlyList<(string Path, string Message)> Validate(ContentItem item, ContentDefinition definition, ContentRules rules)
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
            if (node is JsonObject && !IsKnownPart(name, type, definition, rules))
            {
                problems.Add((name, $"unknown part '{name}': it is not attached to type '{type.Name}' nor defined."));
            }
        }

        foreach (var attached in type.Parts)
        {
            ValidatePart(item.Content[attached.Name], attached, definition, rules, problems);
        }

        foreach (var runTimePart in rules.Kinds.Parts.Where(p => p.AttachedAtRunTime && type.FindPart(p.Name) is null))
        {
            problems.AddRange(ValueShapes.Validate(runTimePart.Shape, item.Content[runTimePart.Name], runTimePart.Name));
        }

        foreach (var attached in type.Parts)
        {
            problems.AddRange(rules.Part(attached.PartName)?.ValidateWrite(item, attached) ?? []);
        }

        return problems;
    }

    private static bool IsKnownPart(string name, ContentTypeDefinition type, ContentDefinition definition, ContentRules rules)
        => type.FindPart(name) is not null || rules.Kinds.Part(name) is not null || definition.FindPart(name) is not null;

    private static void ValidatePart(JsonNode? node, ContentTypePartDefinition attached, ContentDefinition definition, ContentRules rules, List<(string, string)> problems)
    {
        if (node is null)
        {
            return;
        }

        if (rules.Kinds.Part(attached.PartName) is { } kind)
        {
            problems.AddRange(ValueShapes.Validate(kind.Shape, node, attached.Name));
        }

        if (node is not JsonObject part || definition.FindPart(attached.PartName) is not { } partDefinition)
        {
            return;
        }

        foreach (var field in partDefinition.Fields)
        {
            if (rules.Kinds.Field(field.FieldName) is { } fieldKind)
            {
                problems.AddRange(ValueShapes.Validate(fieldKind.Shape, part[field.Name], $"{attached.Name}.{field.Name}"));
            }
        }
    }
}
