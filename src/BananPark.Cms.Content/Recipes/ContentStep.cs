using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Content.Recipes;

/// <summary>
/// Orchard's <c>Content</c> step: imports the items of <c>data</c>. Every item is checked
/// (type, parts, field shapes, ids, routes) before the first one is written; items are then
/// matched by id, so a second import updates instead of duplicating.
/// </summary>
internal sealed class ContentStep(IContentManager contentManager, IContentDefinitionManager definitions, ContentRules rules) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "Content";

    /// <summary>Most items exported in one step; bigger sites page through the admin export.</summary>
    private const int ExportLimit = 1000;

    public string Name => StepName;

    public int Order => 20;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = Parse(context);
        var definition = await definitions.GetAsync(cancellationToken);
        await CheckAsync(context, items, definition, cancellationToken);
        foreach (var (item, _) in items)
        {
            var outcome = await contentManager.ImportAsync(item, cancellationToken);
            context.Report.Count($"Content.{outcome}");
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var items = await contentManager.QueryAsync(
            new ContentQuery { Version = VersionOptions.Latest, OrderBy = ContentOrder.ContainedOrder, Take = ExportLimit }, cancellationToken);
        var data = new JsonArray();
        foreach (var item in items.Where(options.IncludesItem)
            .OrderBy(i => i.ContentType, StringComparer.Ordinal).ThenBy(i => i.CreatedUtc).ThenBy(i => i.ContentItemId, StringComparer.Ordinal))
        {
            data.Add(ContentItemJson.ToJson(item));
        }

        return data.Count == 0 ? null : new JsonObject { ["name"] = StepName, ["data"] = data };
    }

    private static List<(ContentItem Item, string Path)> Parse(RecipeStepContext context)
    {
        if (context.Property("data") is not JsonArray data)
        {
            throw context.Error("data", "a Content step needs a 'data' array of content items.");
        }

        var items = new List<(ContentItem, string)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++)
        {
            var path = $"data[{i}]";
            if (data[i] is not JsonObject json)
            {
                throw context.Error(path, "each content item must be a JSON object.");
            }

            ContentItem item;
            try
            {
                item = ContentItemJson.FromJson(json);
            }
            catch (JsonException e)
            {
                throw context.Error(path, e.Message);
            }

            if (string.IsNullOrWhiteSpace(item.ContentItemId))
            {
                throw context.Error($"{path}.ContentItemId", "ContentItemId is required, so that a second import updates this item instead of copying it.", item.DisplayText);
            }

            if (!seen.TryAdd(item.ContentItemId, path))
            {
                throw context.Error($"{path}.ContentItemId", $"duplicate ContentItemId '{item.ContentItemId}' (also at {seen[item.ContentItemId]}).", item.ContentItemId);
            }

            items.Add((item, path));
        }

        return items;
    }

    private async Task CheckAsync(RecipeStepContext context, List<(ContentItem Item, string Path)> items, ContentDefinition definition, CancellationToken cancellationToken)
    {
        var routes = new Dictionary<string, (string Id, string Path)>(StringComparer.Ordinal);
        foreach (var (item, path) in items)
        {
            var label = item.DisplayText ?? item.ContentItemId;
            if (ContentItemValidator.Validate(item, definition, rules) is [var first, ..])
            {
                throw context.Error(first.Path == "ContentType" ? $"{path}.ContentType" : $"{path}.{first.Path}", first.Message, label);
            }

            var route = item.As<AutoroutePart>() is { Disabled: false } part ? RoutePaths.Normalize(part.Path) : null;
            if (route is null || !item.Published)
            {
                continue;
            }

            if (routes.TryGetValue(route, out var other))
            {
                throw context.Error($"{path}.AutoroutePart.Path", $"the route '/{route}' is also used by {other.Path} ('{other.Id}').", label);
            }

            routes[route] = (item.ContentItemId, path);
            var owner = await contentManager.GetByRouteAsync(route, cancellationToken);
            if (owner is not null && owner.ContentItemId != item.ContentItemId && !items.Any(i => i.Item.ContentItemId == owner.ContentItemId))
            {
                throw context.Error($"{path}.AutoroutePart.Path", $"the route '/{route}' is already used by '{owner.DisplayText}' ({owner.ContentItemId}).", label);
            }
        }
    }
}
