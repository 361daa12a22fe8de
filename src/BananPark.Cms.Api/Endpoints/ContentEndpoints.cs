using BananPark.Cms.Api.Json;
using BananPark.Cms.Api.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Api.Endpoints;

/// <summary><c>/api/content</c>: list, read, create, replace, patch, delete, publish and unpublish content items.</summary>
public static class ContentEndpoints
{
    /// <summary>Maps the content item endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapContent(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/content").WithTags("Content");
        items.MapGet("", (HttpContext context, ContentReader reader) => reader.ListAsync(context))
            .WithName("ListContent")
            .WithSummary("Lists content items: filters (type, status, owner, modifiedSince, q, container, field.Part.Field), sort, cursor pages, fields and expand.")
            .Produces<ContentPageDocument>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        items.MapGet("/by-route", (HttpContext context, string? path, ContentReader reader) => reader.GetByRouteAsync(context, path))
            .WithName("GetContentByRoute").WithSummary("The published item at a public path, e.g. /enterprises/acme.")
            .Produces<ContentItemDocument>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        items.MapGet("/{id}", (HttpContext context, string id, bool? draft, ContentReader reader) => reader.GetAsync(context, id, draft == true))
            .WithName("GetContent").WithSummary("One item: the published version, or with draft=true the latest one. Its ETag is what If-Match takes.")
            .Produces<ContentItemDocument>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        items.MapPost("", (HttpContext context, bool? publish, ContentWriter writer) => writer.CreateAsync(context, publish == true))
            .WithName("CreateContent").WithSummary("Creates an item (a draft, or published with publish=true).")
            .Accepts<ContentItemDocument>("application/json")
            .Produces<ContentItemDocument>(StatusCodes.Status201Created, "application/json").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPut("/{id}", (HttpContext context, string id, bool? publish, ContentWriter writer) => writer.UpdateAsync(context, id, publish == true, patch: false))
            .WithName("ReplaceContent").WithSummary("Replaces the item's parts; needs If-Match. A new draft, or published with publish=true.")
            .Accepts<ContentItemDocument>("application/json")
            .Produces<ContentItemDocument>(contentType: "application/json").ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        items.MapPatch("/{id}", (HttpContext context, string id, bool? publish, ContentWriter writer) => writer.UpdateAsync(context, id, publish == true, patch: true))
            .WithName("PatchContent").WithSummary("Changes the item with a JSON merge patch (RFC 7396); needs If-Match.")
            .Accepts<ContentItemDocument>(JsonBody.MergePatch, "application/json")
            .Produces<ContentItemDocument>(contentType: "application/json").ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        items.MapDelete("/{id}", (HttpContext context, string id, ContentWorkflow workflow) => workflow.DeleteAsync(context, id))
            .WithName("DeleteContent").WithSummary("Moves the item to the trash.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        items.MapPost("/{id}/publish", (HttpContext context, string id, ContentWorkflow workflow) => workflow.PublishAsync(context, id))
            .WithName("PublishContent").WithSummary("Publishes the latest version.")
            .Produces<ContentItemDocument>(contentType: "application/json").ProducesProblem(StatusCodes.Status409Conflict);
        items.MapPost("/{id}/unpublish", (HttpContext context, string id, ContentWorkflow workflow) => workflow.UnpublishAsync(context, id))
            .WithName("UnpublishContent").WithSummary("Takes the item off the public site; the latest version stays as a draft.")
            .Produces<ContentItemDocument>(contentType: "application/json");
        return api;
    }
}
