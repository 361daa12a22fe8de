using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Content.Recipes;

/// <summary>
/// Orchard's <c>ContentDefinition</c> step: creates or alters types and parts. Altering merges
/// settings and adds or updates parts and fields; nothing absent from the step is removed, so
/// running it twice gives the same definitions.
/// </summary>
internal sealed class ContentDefinitionStep(IContentDefinitionManager definitions, ContentKinds kinds) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "ContentDefinition";

    public string Name => StepName;

    public int Order => 10;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(cancellationToken));
        var types = Read<ContentTypeDefinition>(context, "ContentTypes");
        var parts = Read<ContentPartDefinition>(context, "ContentParts");
        foreach (var (part, index) in parts.Select((p, i) => (p, i)))
        {
            ContentDefinitionRules.CheckPart(context, part, $"ContentParts[{index}]");
            MergePart(definition, part, context.Report);
        }

        foreach (var (type, index) in types.Select((t, i) => (t, i)))
        {
            ContentDefinitionRules.CheckType(context, type, $"ContentTypes[{index}]");
            MergeType(definition, type);
        }

        context.Report.Count("ContentDefinition.Types", types.Count);
        context.Report.Count("ContentDefinition.Parts", parts.Count);
        await definitions.SaveAsync(definition, cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(cancellationToken));
        if (options.ContentTypes is not null)
        {
            definition.Types.RemoveAll(t => !options.IncludesType(t.Name));
            var used = definition.Types.SelectMany(t => t.Parts).Select(p => p.PartName).ToHashSet(StringComparer.Ordinal);
            definition.Parts.RemoveAll(p => !used.Contains(p.Name));
        }

        var json = ContentDefinitionJson.ToJson(definition);
        var step = new JsonObject { ["name"] = StepName };
        foreach (var (key, value) in json)
        {
            step[key] = value?.DeepClone();
        }

        return step;
    }

    private static List<T> Read<T>(RecipeStepContext context, string property)
    {
        var node = context.Property(property);
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw context.Error(property, $"'{property}' must be an array.");
        }

        var result = new List<T>();
        for (var i = 0; i < array.Count; i++)
        {
            try
            {
                result.Add(array[i] is JsonObject json ? json.Deserialize<T>(ContentJson.Options)! : throw new JsonException("expected an object."));
            }
            catch (JsonException e)
            {
                throw context.Error($"{property}[{i}]{Suffix(e.Path)}", $"invalid definition: {e.Message}");
            }
        }

        return result;
    }

    private static string Suffix(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "" : path.TrimStart('$');

    private static void MergeType(ContentDefinition definition, ContentTypeDefinition incoming)
    {
        var existing = definition.FindType(incoming.Name);
        if (existing is null)
        {
            definition.Types.Add(incoming);
            return;
        }

        existing.DisplayName = incoming.DisplayName ?? existing.DisplayName;
        ContentDefinitionJson.Merge(existing.Settings, incoming.Settings);
        foreach (var part in incoming.Parts)
        {
            var current = existing.FindPart(part.Name);
            if (current is null)
            {
                existing.Parts.Add(part);
                continue;
            }

            current.PartName = part.PartName;
            ContentDefinitionJson.Merge(current.Settings, part.Settings);
        }
    }

    private void MergePart(ContentDefinition definition, ContentPartDefinition incoming, RecipeReport report)
    {
        foreach (var field in incoming.Fields.Where(f => kinds.Field(f.FieldName) is null))
        {
            report.Warn($"Field '{incoming.Name}.{field.Name}' is of kind '{field.FieldName}', which has no editor or display here; its values are kept as they are.");
        }

        var existing = definition.FindPart(incoming.Name);
        if (existing is null)
        {
            definition.Parts.Add(incoming);
            return;
        }

        ContentDefinitionJson.Merge(existing.Settings, incoming.Settings);
        foreach (var field in incoming.Fields)
        {
            var current = existing.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (current is null)
            {
                existing.Fields.Add(field);
                continue;
            }

            current.FieldName = field.FieldName;
            ContentDefinitionJson.Merge(current.Settings, field.Settings);
        }
    }
}
