using System.Text.Json;
using BananPark.Cms.Api.Json;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Api.Services;

/// <summary>The API's reads: lists (filters, order, cursor pages, fields, expand), one item by id or by route.</summary>
public sealed class ContentReader(
    IContentManager content,
    IPublishedContent published,
    IContentDefinitionManager definitions,
    ContentAccess access,
    ContentReadRules rules,
    ListCursor cursors,
    Expansion expansion,
    IOptions<ApiOptions> options)
{
    /// <summary>How many rows a list with field filters reads at most to fill one page; the cursor then goes on from there.</summary>
    private const int MaxScan = 2000;

    /// <summary><c>GET /api/content</c>.</summary>
    public async Task<IResult> ListAsync(HttpContext context)
    {
        var user = context.User;
        var definition = await definitions.GetAsync(context.RequestAborted);
        var listable = await rules.ListableTypesAsync(user);
        if (context.Request.Query["type"].ToString() is { Length: > 0 } type
            && definition.FindType(type) is { TypeSettings.Listable: true }
            && !listable.Any(t => t.Name == type))
        {
            // A listable type this caller may not read: a question of rights (401/403), not of a wrong parameter.
            return ContentReadRules.IsSignedIn(user)
                ? ApiProblems.Forbidden($"You may not list '{type}' items.")
                : ApiProblems.Unauthorized($"Listing '{type}' items needs a signed-in user or a token with the right.");
        }

        var (request, errors) = ListRequest.Parse(context.Request.Query, user, listable, definition, options.Value);
        if (request is null)
        {
            return ApiProblems.BadRequest("Some query parameters are not valid.", [.. errors]);
        }

        if (request.Drafts && !ContentReadRules.IsSignedIn(user))
        {
            return ApiProblems.Unauthorized("Drafts are read by a signed-in user or with a token.");
        }

        var start = 0;
        if (request.Cursor is not null)
        {
            if (cursors.Read(request.Cursor, request.Key) is not { } position)
            {
                return ApiProblems.BadRequest("The cursor is not one this site gave for this query.", new ApiError("query.cursor", "forged, damaged or of another query."));
            }

            start = position;
        }

        var query = request.Query with { Drafts = request.Drafts ? await access.DraftVisibilityAsync(user) : null };
        var (items, next) = await PageAsync(query, request, start, context.RequestAborted);
        var included = request.Expand.Count == 0 ? [] : await expansion.IncludedAsync(user, items, request.Expand, context.RequestAborted);
        var publicRead = !ContentReadRules.IsSignedIn(user);
        return ApiResponses.Json(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("items");
            foreach (var item in items)
            {
                ItemWriter.Write(writer, item, request.Fields);
            }

            writer.WriteEndArray();
            writer.WriteString("next", next is null ? null : cursors.Create(request.Key, next.Value));
            if (request.Expand.Count > 0)
            {
                WriteIncluded(writer, included);
            }

            writer.WriteEndObject();
        }, publicRead);
    }

    /// <summary><c>GET /api/content/{id}</c>: the published version, or with <c>draft=true</c> the latest.</summary>
    public async Task<IResult> GetAsync(HttpContext context, string id, bool draft)
    {
        var user = context.User;
        ContentItemSnapshot? item;
        if (draft)
        {
            if (!ContentReadRules.IsSignedIn(user))
            {
                return ApiProblems.Unauthorized("Drafts are read by a signed-in user or with a token.");
            }

            var latest = await content.GetAsync(id, VersionOptions.Latest, context.RequestAborted);
            if (latest is null)
            {
                return ApiProblems.NotFound("content item with this id");
            }

            if (!await rules.CanReadDraftAsync(user, latest))
            {
                return ApiProblems.Forbidden("You may not edit or preview this item.");
            }

            item = ContentItemSnapshot.From(latest);
        }
        else
        {
            item = await published.GetAsync(id, context.RequestAborted);
            if (item is null || (!ContentReadRules.IsSignedIn(user) && !await rules.CanReadPublishedAsync(user, item)))
            {
                return ApiProblems.NotFound("published content item with this id");
            }

            if (!await rules.CanReadPublishedAsync(user, item))
            {
                return ApiProblems.Forbidden("You may not view this item.");
            }
        }

        return await OneAsync(context, item, !draft);
    }

    /// <summary><c>GET /api/content/by-route?path=/enterprises/x</c>: the published item at a public URL.</summary>
    public async Task<IResult> GetByRouteAsync(HttpContext context, string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Length > 1024)
        {
            return ApiProblems.BadRequest("Give the item's public path.", new ApiError("query.path", "required, at most 1024 characters."));
        }

        var item = path.Trim('/').Length == 0 ? await published.GetHomepageAsync(context.RequestAborted) : await published.GetByRouteAsync(path, context.RequestAborted);
        return item is null || !await rules.CanReadPublishedAsync(context.User, item)
            ? ApiProblems.NotFound("published content item at this path")
            : await OneAsync(context, item, publicVersion: true);
    }

    private async Task<IResult> OneAsync(HttpContext context, ContentItemSnapshot item, bool publicVersion)
    {
        var definition = await definitions.GetAsync(context.RequestAborted);
        var type = definition.FindType(item.ContentType);
        FieldSelection? fields = null;
        if (context.Request.Query.ContainsKey("fields"))
        {
            fields = FieldSelection.Parse(context.Request.Query["fields"].ToString(), type is null ? [] : [type], definition, out var unknown);
            if (fields is null)
            {
                return ApiProblems.BadRequest("fields= names nothing of this item.", new ApiError("query.fields", $"unknown: {string.Join(", ", unknown)}."));
            }
        }

        var expand = context.Request.Query["expand"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (expand.FirstOrDefault(e => e is not ("picked" or "container")) is { } wrong)
        {
            return ApiProblems.BadRequest("expand takes picked and container.", new ApiError("query.expand", $"'{wrong}' is not picked or container."));
        }

        var included = expand.Count == 0 ? [] : await expansion.IncludedAsync(context.User, [item], expand, context.RequestAborted);
        var publicRead = publicVersion && !ContentReadRules.IsSignedIn(context.User);
        return ApiResponses.Json(context, writer =>
        {
            if (expand.Count == 0)
            {
                ItemWriter.Write(writer, item, fields);
                return;
            }

            writer.WriteStartObject();
            writer.WritePropertyName("item");
            ItemWriter.Write(writer, item, fields);
            WriteIncluded(writer, included);
            writer.WriteEndObject();
        }, publicRead, item.ConcurrencyStamp);
    }

    private static void WriteIncluded(Utf8JsonWriter writer, IReadOnlyList<ContentItemSnapshot> included)
    {
        writer.WriteStartArray("included");
        foreach (var item in included)
        {
            ItemWriter.Write(writer, item, null);
        }

        writer.WriteEndArray();
    }

    /// <summary>One page from <paramref name="start"/>, and where the next begins (null on the last page).</summary>
    private async Task<(List<ContentItemSnapshot> Items, int? Next)> PageAsync(ContentQuery query, ListRequest request, int start, CancellationToken cancellationToken)
    {
        var items = new List<ContentItemSnapshot>();
        if (request.FieldFilters.Count == 0)
        {
            var rows = await ReadAsync(query with { Skip = start, Take = request.Limit + 1 }, cancellationToken);
            items.AddRange(rows.Take(request.Limit));
            return (items, rows.Count > request.Limit ? start + request.Limit : null);
        }

        // Field values are not indexed: read in batches and keep the matches, up to MaxScan rows per page.
        var position = start;
        var batch = Math.Max(request.Limit * 4, 100);
        while (position - start < MaxScan)
        {
            var rows = await ReadAsync(query with { Skip = position, Take = batch }, cancellationToken);
            foreach (var row in rows)
            {
                position++;
                if (FieldMatch.All(row, request.FieldFilters))
                {
                    items.Add(row);
                    if (items.Count == request.Limit)
                    {
                        return (items, position);
                    }
                }
            }

            if (rows.Count < batch)
            {
                return (items, null);
            }
        }

        return (items, position);
    }

    private async Task<IReadOnlyList<ContentItemSnapshot>> ReadAsync(ContentQuery query, CancellationToken cancellationToken)
        => query.Version == VersionOptions.Published
            ? (await published.QueryAsync(query, cancellationToken)).Items
            : (await content.QueryAsync(query, cancellationToken)).Select(ContentItemSnapshot.From).ToList();
}
