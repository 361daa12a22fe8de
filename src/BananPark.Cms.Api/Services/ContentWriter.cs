using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Api.Json;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// The API's writes, each through <see cref="IContentManager"/> as the admin's editor makes them (so each is
/// validated, audited and evicted from caches the same way) and allowed by the same <see cref="ContentAccess"/> rules.
/// A write to an existing item names the version it read (<c>If-Match</c>); a stale one is refused with 412.
/// </summary>
public sealed class ContentWriter(IContentManager content, IContentDefinitionManager definitions, ContentAccess access, IOptions<ApiOptions> options)
{
    /// <summary><c>POST /api/content</c>: a new item, saved as a draft or, with <c>publish=true</c>, published.</summary>
    public async Task<IResult> CreateAsync(HttpContext context, bool publish)
    {
        if (!ContentReadRules.IsSignedIn(context.User))
        {
            return ApiProblems.Unauthorized("Creating content needs a signed-in user or a token.");
        }

        var (body, problem) = await JsonBody.ReadAsync(context.Request, options.Value);
        if (body is null)
        {
            return problem!;
        }

        var (item, parseProblem) = Parse(body);
        if (item is null)
        {
            return parseProblem!;
        }

        if (item.ContentItemId.Length > 0)
        {
            return ApiProblems.BadRequest("A new item's id is given by the site.", new ApiError("$.ContentItemId", "leave it out; PUT /api/content/{id} changes an existing item."));
        }

        var type = await definitions.GetTypeAsync(item.ContentType, context.RequestAborted);
        if (type is null || !type.TypeSettings.Creatable)
        {
            return ApiProblems.Invalid([new ApiError("$.ContentType", $"'{item.ContentType}' is not a content type that can be created.")]);
        }

        if (!await access.CanAsync(context.User, ContentAction.Edit, type.Name, owner: true)
            || (publish && !await access.CanAsync(context.User, ContentAction.Publish, type.Name, owner: true)))
        {
            return ApiProblems.Forbidden(publish ? $"You may not publish a new {type.Name}." : $"You may not create a {type.Name}.");
        }

        Reset(item, null);
        return await SaveAsync(context, item, publish, StatusCodes.Status201Created);
    }

    /// <summary><c>PUT /api/content/{id}</c> (the whole item) and <c>PATCH</c> (a JSON merge patch over the latest version).</summary>
    public async Task<IResult> UpdateAsync(HttpContext context, string id, bool publish, bool patch)
    {
        if (!ContentReadRules.IsSignedIn(context.User))
        {
            return ApiProblems.Unauthorized("Changing content needs a signed-in user or a token.");
        }

        if (ApiResponses.IfMatch(context.Request) is not { } stamp)
        {
            return ApiProblems.Problem(StatusCodes.Status428PreconditionRequired, "If-Match required.",
                "Send the ETag of the version you read (GET /api/content/{id}?draft=true) as If-Match, so nobody's change is overwritten.");
        }

        var (stored, refused) = await LatestAsync(context, id, publish ? [ContentAction.Edit, ContentAction.Publish] : [ContentAction.Edit], stamp);
        if (stored is null)
        {
            return refused!;
        }

        var (body, problem) = await JsonBody.ReadAsync(context.Request, options.Value, patch);
        if (body is null)
        {
            return problem!;
        }

        var incoming = patch ? MergePatch.Apply(ContentItemJson.ToJson(stored), body) as JsonObject ?? [] : body;
        var (item, parseProblem) = Parse(incoming);
        if (item is null)
        {
            return parseProblem!;
        }

        var errors = new List<ApiError>();
        if (item.ContentItemId.Length > 0 && item.ContentItemId != id)
        {
            errors.Add(new ApiError("$.ContentItemId", "differs from the item in the URL."));
        }

        if (item.ContentType.Length > 0 && item.ContentType != stored.ContentType)
        {
            errors.Add(new ApiError("$.ContentType", $"an item's type does not change; this one is a {stored.ContentType}."));
        }

        if (patch && item.Owner != stored.Owner)
        {
            errors.Add(new ApiError("$.Owner", "the owner is not changed through the API."));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("The body does not match the item.", [.. errors]);
        }

        item.ContentItemId = id;
        item.ContentType = stored.ContentType;
        Reset(item, stored);
        item.ConcurrencyStamp = stamp == "*" ? stored.ConcurrencyStamp : stamp;
        return await SaveAsync(context, item, publish, StatusCodes.Status200OK);
    }

    /// <summary>The latest version when the caller may do every one of <paramref name="actions"/> and <paramref name="stamp"/> (if any) is current.</summary>
    internal async Task<(ContentItem? Item, IResult? Refused)> LatestAsync(HttpContext context, string id, ContentAction[] actions, string? stamp)
    {
        var stored = await content.GetAsync(id, VersionOptions.Latest, context.RequestAborted);
        if (stored is null)
        {
            return (null, ApiProblems.NotFound("content item with this id"));
        }

        foreach (var action in actions)
        {
            if (!await access.CanAsync(context.User, action, stored))
            {
                return (null, ApiProblems.Forbidden($"The admin's rules do not let you {action.ToString().ToLowerInvariant()} this item."));
            }
        }

        return stamp is null or "*" || stamp == stored.ConcurrencyStamp ? (stored, null) : (null, Stale(context, stored));
    }

    internal static IResult Stale(HttpContext context, ContentItem current)
    {
        context.Response.Headers.ETag = ApiResponses.ETagOf(current.ConcurrencyStamp ?? "");
        return ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "The item has changed since you read it.",
            $"'{current.DisplayText ?? current.ContentItemId}' was changed by {current.Author ?? "someone else"}; read it again (its ETag is in this answer) and reapply your change.");
    }

    internal static IResult Written(HttpContext context, ContentItem saved, int status)
        => ApiResponses.Json(context, writer => ItemWriter.Write(writer, ContentItemSnapshot.From(saved), null), publicRead: false, saved.ConcurrencyStamp, status);

    internal static IResult Invalid(ContentValidationException ex, int status = StatusCodes.Status422UnprocessableEntity)
    {
        var errors = ex.Problems.Select(p => new ApiError(ApiProblems.JsonPath(p.Path), p.Message)).ToList();
        return status == StatusCodes.Status422UnprocessableEntity
            ? ApiProblems.Invalid(errors)
            : ApiProblems.Problem(status, "The item cannot be published as it is.", ex.Message, errors);
    }

    private async Task<IResult> SaveAsync(HttpContext context, ContentItem item, bool publish, int status)
    {
        try
        {
            var saved = await content.SaveAsync(item, publish, context.RequestAborted);
            if (status == StatusCodes.Status201Created)
            {
                context.Response.Headers.Location = $"/api/content/{saved.ContentItemId}?draft=true";
            }

            return Written(context, saved, status);
        }
        catch (ContentValidationException ex)
        {
            return Invalid(ex);
        }
        catch (ContentConflictException ex)
        {
            return Stale(context, ex.Current);
        }
    }

    private static (ContentItem? Item, IResult? Problem) Parse(JsonObject body)
    {
        try
        {
            return (ContentItemJson.FromJson(body), null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadRequest("The body is not a content item.", new ApiError(ex.Path ?? "$", ex.Message)));
        }
    }

    /// <summary>What the site decides, never the caller: version, flags, dates, owner and author.</summary>
    private static void Reset(ContentItem item, ContentItem? stored)
    {
        item.ContentItemVersionId = "";
        item.Latest = true;
        item.Published = false;
        item.CreatedUtc = null;
        item.ModifiedUtc = null;
        item.PublishedUtc = null;
        item.Owner = stored?.Owner;
        item.Author = null;
        item.ConcurrencyStamp = null;
    }
}
