using System.Text.RegularExpressions;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Content.Recipes;

/// <summary>What a type, part or field name must look like; shared by the recipe step and (later) the type editor.</summary>
internal static partial class ContentDefinitionRules
{
    public static void CheckType(RecipeStepContext context, ContentTypeDefinition type, string path)
    {
        CheckName(context, type.Name, $"{path}.Name", "content type");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < type.Parts.Count; i++)
        {
            var part = type.Parts[i];
            CheckName(context, part.PartName, $"{path}.ContentTypePartDefinitionRecords[{i}].PartName", "part");
            if (string.IsNullOrEmpty(part.Name))
            {
                part.Name = part.PartName;
            }

            CheckName(context, part.Name, $"{path}.ContentTypePartDefinitionRecords[{i}].Name", "part");
            if (!seen.Add(part.Name))
            {
                throw context.Error($"{path}.ContentTypePartDefinitionRecords[{i}]", $"type '{type.Name}' lists the part '{part.Name}' twice.");
            }
        }
    }

    public static void CheckPart(RecipeStepContext context, ContentPartDefinition part, string path)
    {
        CheckName(context, part.Name, $"{path}.Name", "part");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < part.Fields.Count; i++)
        {
            var field = part.Fields[i];
            CheckName(context, field.FieldName, $"{path}.ContentPartFieldDefinitionRecords[{i}].FieldName", "field kind");
            CheckName(context, field.Name, $"{path}.ContentPartFieldDefinitionRecords[{i}].Name", "field");
            if (!seen.Add(field.Name))
            {
                throw context.Error($"{path}.ContentPartFieldDefinitionRecords[{i}]", $"part '{part.Name}' lists the field '{field.Name}' twice.");
            }
        }
    }

    /// <summary>True when <paramref name="name"/> may name a type, part or field in a recipe.</summary>
    public static bool IsValidName(string? name) => !string.IsNullOrEmpty(name) && Identifier().IsMatch(name);

    private static void CheckName(RecipeStepContext context, string? name, string path, string what)
    {
        if (!IsValidName(name))
        {
            throw context.Error(path, $"'{name}' is not a valid {what} name: use a letter, then letters, digits or '_' (at most 255).");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,254}$")]
    private static partial Regex Identifier();
}
