using System.Text.Json.Nodes;
using BananPark.Cms.Api.Services;
using BananPark.Cms.Core.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Api.Endpoints;

/// <summary>
/// <c>/api/content-types</c>: the definitions of the types the caller may list, read-only, in the shape of the
/// <c>ContentDefinition</c> recipe step (<c>ContentTypes</c> and the <c>ContentParts</c> they use).
/// </summary>
public static class ContentTypeEndpoints
{
    /// <summary>Maps the two reads.</summary>
    public static RouteGroupBuilder MapContentTypes(this RouteGroupBuilder api)
    {
        var types = api.MapGroup("/content-types").WithTags("Content types");
        types.MapGet("", (HttpContext context, ContentReadRules rules, IContentDefinitionManager definitions) => DefinitionsAsync(context, rules, definitions, null))
            .WithName("ListContentTypes").WithSummary("The content types you may list, with their parts and fields.")
            .Produces<JsonObject>(contentType: "application/json");
        types.MapGet("/{name}", (HttpContext context, string name, ContentReadRules rules, IContentDefinitionManager definitions) => DefinitionsAsync(context, rules, definitions, name))
            .WithName("GetContentType").WithSummary("One content type and the parts it uses.")
            .Produces<JsonObject>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> DefinitionsAsync(HttpContext context, ContentReadRules rules, IContentDefinitionManager definitions, string? name)
    {
        var visible = (await rules.ListableTypesAsync(context.User)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(context.RequestAborted));
        definition.Types.RemoveAll(t => !visible.Contains(t.Name) || (name is not null && t.Name != name));
        if (name is not null && definition.Types.Count == 0)
        {
            return ApiProblems.NotFound("content type with this name that you may list");
        }

        var used = definition.Types.SelectMany(t => t.Parts).Select(p => p.PartName).ToHashSet(StringComparer.Ordinal);
        definition.Parts.RemoveAll(p => !used.Contains(p.Name));
        var json = ContentDefinitionJson.ToJson(definition);
        return ApiResponses.Json(context, writer => json.WriteTo(writer), publicRead: !ContentReadRules.IsSignedIn(context.User));
    }
}
