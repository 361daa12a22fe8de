using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Recipes;

/// <summary>
/// Orchard's <c>Roles</c> step: <c>Roles[]</c> of <c>{ Name, Description, Permissions[], PermissionBehavior }</c>.
/// Permissions replace the role's (or, with <c>PermissionBehavior</c> <c>Add</c>/<c>Remove</c>, are added
/// or removed). Names this site does not know are stored and reported.
/// </summary>
internal sealed class RolesStep(RoleService roles, RoleManager<Data.CmsRole> manager, PermissionCatalog catalog) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "Roles";

    private const string RoleName = "Name";

    public string Name => StepName;

    public int Order => 2;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Roles") is not JsonArray list)
        {
            throw context.Error("Roles", "a Roles step needs a 'Roles' array.");
        }

        var known = await catalog.GetAllAsync(cancellationToken);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"Roles[{i}]";
            if (list[i] is not JsonObject entry || Text(entry, RoleName) is not { Length: > 0 } name)
            {
                throw context.Error(path, "each role needs a 'Name'.");
            }

            var permissions = Get(entry, "Permissions") switch
            {
                null => [],
                JsonArray array when array.All(p => p is JsonValue v && v.TryGetValue<string>(out _)) => array.Select(p => p!.GetValue<string>()).ToList(),
                _ => throw context.Error($"{path}.Permissions", "'Permissions' must be an array of permission names."),
            };
            foreach (var unknown in permissions.Where(p => !known.ContainsKey(p)))
            {
                context.Report.Warn($"{context.StepPath}.{path}: permission '{unknown}' is not known on this site; it is stored but grants nothing until a feature defines it.");
            }

            var role = await roles.EnsureAsync(name, Text(entry, "Description"));
            var current = await roles.GetPermissionsAsync(role);
            var next = (Text(entry, "PermissionBehavior") ?? "Replace").ToUpperInvariant() switch
            {
                "ADD" => current.Union(permissions),
                "REMOVE" => current.Except(permissions),
                "REPLACE" => permissions,
                var other => throw context.Error($"{path}.PermissionBehavior", $"'{other}' is not Replace, Add or Remove."),
            };
            await roles.SetPermissionsAsync(role, next);
            context.Report.Count("Roles");
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var role in await manager.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken))
        {
            var permissions = (await roles.GetPermissionsAsync(role)).Order(StringComparer.Ordinal).Select(p => (JsonNode)p).ToArray();
            list.Add(new JsonObject { [RoleName] = role.Name, ["Description"] = role.Description ?? "", ["Permissions"] = new JsonArray(permissions) });
        }

        return list.Count == 0 ? null : new JsonObject { ["name"] = StepName, ["Roles"] = list };
    }

    private static JsonNode? Get(JsonObject json, string name)
        => json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonObject json, string name)
        => Get(json, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
