using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Content.Recipes;

/// <summary>
/// Orchard's <c>Content</c> step: imports the items of <c>data</c>. Every item is checked
/// (type, parts, field shapes, ids, routes) before the first one is written; items are then
/// matched by id, so a second import updates instead of duplicating.
/// </summary>
internal sealed class ContentStep(IContentManager contentManager, RouteOwners routeOwners, AuditTrail audit)
    : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "Content";

    /// <summary>Items read per query while exporting.</summary>
    private const int ExportPageSize = 1000;

    public string Name => StepName;

    public int Order => 20;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = Parse(context);
        await CheckRoutesAsync(context, items, cancellationToken);
        context.ReportItems(0, items.Count);
        IReadOnlyList<ImportOutcome> outcomes;
        try
        {
            outcomes = await contentManager.ImportManyAsync(items.ConvertAll(i => i.Item), new ItemsDone(context, items.Count), cancellationToken);
        }
        catch (ContentValidationException e) when (e.ItemIndex is int index && e.Problems is [var first, ..])
        {
            var (item, path) = items[index];
            throw context.Error(first.Path.Length == 0 ? path : $"{path}.{first.Path}", first.Message, item.DisplayText ?? item.ContentItemId);
        }

        foreach (var outcome in Enum.GetValues<ImportOutcome>())
        {
            var count = outcomes.Count(o => o == outcome);
            if (count > 0)
            {
                context.Report.Count($"Content.{outcome}", count);
            }
        }

        await audit.RecordImportAsync(context.Source, outcomes, cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        // Every item, page by page: a site with 10,000 enterprises exports 10,000 (never a silent cut).
        var items = new List<ContentItem>();
        for (var skip = 0; ; skip += ExportPageSize)
        {
            var page = await contentManager.QueryAsync(
                new ContentQuery { Version = VersionOptions.Latest, OrderBy = ContentOrder.ContainedOrder, Skip = skip, Take = ExportPageSize }, cancellationToken);
            items.AddRange(page.Where(options.IncludesItem));
            if (page.Count < ExportPageSize)
            {
                break;
            }
        }

        var data = new JsonArray();
        foreach (var item in items.OrderBy(i => i.ContentType, StringComparer.Ordinal).ThenBy(i => i.CreatedUtc).ThenBy(i => i.ContentItemId, StringComparer.Ordinal))
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
                // The step is this import's own evaluated copy: its nodes move into the item instead of being copied.
                item = ContentItemJson.Adopt(json);
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

    /// <summary>
    /// Two items of the recipe, or an item and a published one of the site, must not share a route. Everything else
    /// about each item is checked by the content manager before it writes the first one.
    /// </summary>
    private async Task CheckRoutesAsync(RecipeStepContext context, List<(ContentItem Item, string Path)> items, CancellationToken cancellationToken)
    {
        var routes = new Dictionary<string, (string Id, string Path, string Label)>(StringComparer.Ordinal);
        foreach (var (item, path) in items)
        {
            var label = item.DisplayText ?? item.ContentItemId;
            var route = item.As<AutoroutePart>() is { Disabled: false } part ? RoutePaths.Normalize(part.Path) : null;
            if (route is null || !item.Published)
            {
                continue;
            }

            if (routes.TryGetValue(route, out var other))
            {
                throw context.Error($"{path}.AutoroutePart.Path", $"the route '/{route}' is also used by {other.Path} ('{other.Id}').", label);
            }

            routes[route] = (item.ContentItemId, path, label);
        }

        // One indexed lookup for every route, not one query per item.
        var imported = items.Select(i => i.Item.ContentItemId).ToHashSet(StringComparer.Ordinal);
        foreach (var (route, owner) in await routeOwners.FindAsync(routes.Keys, cancellationToken))
        {
            var (id, path, label) = routes[route];
            if (owner.ContentItemId != id && !imported.Contains(owner.ContentItemId))
            {
                throw context.Error($"{path}.AutoroutePart.Path", $"the route '/{route}' is already used by '{owner.DisplayText}' ({owner.ContentItemId}).", label);
            }
        }
    }

    /// <summary>Tells the recipe's watcher how many items are written, as the content manager writes them (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class ItemsDone(RecipeStepContext context, int total) : IProgress<int>
    {
        public void Report(int value) => context.ReportItems(value, total);
    }
}
