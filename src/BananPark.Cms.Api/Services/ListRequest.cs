using System.Globalization;
using System.Security.Claims;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Api.Services;

/// <summary>A list call's query string, checked: every parameter known, every value of the right form.</summary>
public sealed record ListRequest
{
    /// <summary>The prefix of a field filter: <c>field.Enterprise.Group=…</c>.</summary>
    public const string FieldPrefix = "field.";

    private static readonly string[] Known = ["type", "status", "culture", "owner", "modifiedSince", "q", "container", "sort", "limit", "cursor", "fields", "expand", "draft"];

    /// <summary>The store query (types, status, owner, dates, search, container, order; no paging yet).</summary>
    public required ContentQuery Query { get; init; }

    /// <summary>Field filters: the item's field must hold the value.</summary>
    public required IReadOnlyList<(string Part, string Field, string Value)> FieldFilters { get; init; }

    /// <summary>Items per page.</summary>
    public required int Limit { get; init; }

    /// <summary>The cursor as sent, if any.</summary>
    public string? Cursor { get; init; }

    /// <summary>What to keep of each item, or null for everything.</summary>
    public FieldSelection? Fields { get; init; }

    /// <summary>What to include beside the items: <c>picked</c> (content picker targets), <c>container</c>.</summary>
    public required IReadOnlySet<string> Expand { get; init; }

    /// <summary>True for <c>draft=true</c>: latest versions, as far as the caller may see drafts.</summary>
    public required bool Drafts { get; init; }

    /// <summary>A text that is the same exactly when two requests list the same items in the same order (the cursor's binding).</summary>
    public string Key => string.Join('\u001f', Query.CacheKey(), string.Join('\u001e', FieldFilters.Select(f => $"{f.Part}.{f.Field}={f.Value}")));

    /// <summary>Parses the query string; the errors name each parameter that is wrong.</summary>
    public static (ListRequest? Request, IReadOnlyList<ApiError> Errors) Parse(
        IQueryCollection query, ClaimsPrincipal user, IReadOnlyList<ContentTypeDefinition> visible, ContentDefinition definition, ApiOptions options)
    {
        var errors = new List<ApiError>();
        void Fail(string name, string message) => errors.Add(new ApiError("query." + name, message));

        foreach (var name in query.Keys.Where(k => !Known.Contains(k, StringComparer.Ordinal) && !k.StartsWith(FieldPrefix, StringComparison.Ordinal)))
        {
            Fail(name, $"unknown parameter; the list takes {string.Join(", ", Known)} and field.Part.Field.");
        }

        var drafts = Flag(query, "draft", Fail);
        var types = visible;
        if (query["type"].ToString() is { Length: > 0 } type)
        {
            types = visible.Where(t => t.Name == type).ToList();
            if (types.Count == 0)
            {
                Fail("type", $"'{type}' is not a content type you may list.");
            }
        }

        var status = query["status"].ToString() switch
        {
            "" or "published" when !drafts => ContentStatus.Any,
            "" or "any" when drafts => ContentStatus.Any,
            "published" => ContentStatus.Published,
            "draft" when drafts => ContentStatus.Draft,
            var other => Invalid(other),
        };
        ContentStatus Invalid(string other)
        {
            Fail("status", drafts ? $"'{other}' is not published, draft or any." : "drafts are listed with draft=true.");
            return ContentStatus.Any;
        }

        if (query.ContainsKey("culture"))
        {
            Fail("culture", "this site's content is not localized (no type has a LocalizationPart), so there is no culture to filter on.");
        }

        DateTime? since = null;
        if (query["modifiedSince"].ToString() is { Length: > 0 } modified)
        {
            if (DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                since = parsed.UtcDateTime;
            }
            else
            {
                Fail("modifiedSince", "expected an ISO 8601 date and time, e.g. 2026-01-31T08:00:00Z.");
            }
        }

        var owner = query["owner"].ToString() switch
        {
            "" => null,
            "me" => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "\u0000",
            var id => id,
        };
        var search = query["q"].ToString();
        if (search.Length > 200)
        {
            Fail("q", "at most 200 characters.");
        }

        var order = query["sort"].ToString() switch
        {
            "" or "title" => ContentOrder.DisplayText,
            "-title" => ContentOrder.DisplayTextDescending,
            "modified" => ContentOrder.ModifiedAscending,
            "-modified" => ContentOrder.ModifiedDescending,
            "-created" => ContentOrder.CreatedDescending,
            "type" => ContentOrder.ContentType,
            "order" => ContentOrder.ContainedOrder,
            var other => Sort(other),
        };
        ContentOrder Sort(string other)
        {
            Fail("sort", $"'{other}' is not one of title, -title, modified, -modified, -created, type, order.");
            return ContentOrder.DisplayText;
        }

        var limit = options.DefaultPageSize;
        if (query["limit"].ToString() is { Length: > 0 } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > options.MaxPageSize))
        {
            Fail("limit", $"a number from 1 to {options.MaxPageSize}.");
        }

        var filters = ParseFieldFilters(query, types, definition, Fail);
        FieldSelection? fields = null;
        if (query.ContainsKey("fields"))
        {
            fields = FieldSelection.Parse(query["fields"].ToString(), types, definition, out var unknown);
            if (fields is null)
            {
                Fail("fields", $"names nothing of these items: {string.Join(", ", unknown.Select(u => $"'{u}'"))}.");
            }
        }

        var expand = query["expand"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var wrong in expand.Where(e => e is not ("picked" or "container")))
        {
            Fail("expand", $"'{wrong}' is not picked or container.");
        }

        var request = new ListRequest
        {
            Query = new ContentQuery
            {
                ContentTypes = types.Select(t => t.Name).ToList(),
                Version = drafts ? VersionOptions.Latest : VersionOptions.Published,
                Status = status,
                Owner = owner,
                Search = search.Length == 0 ? null : search,
                ModifiedFromUtc = since,
                ContainerId = query["container"].ToString() is { Length: > 0 } container ? container : null,
                OrderBy = order,
            },
            FieldFilters = filters,
            Limit = limit,
            Cursor = query["cursor"].ToString() is { Length: > 0 } cursor ? cursor : null,
            Fields = fields,
            Expand = expand,
            Drafts = drafts,
        };
        return (errors.Count == 0 ? request : null, errors);
    }

    private static bool Flag(IQueryCollection query, string name, Action<string, string> fail)
    {
        var value = query[name].ToString();
        if (value is "" or "false")
        {
            return false;
        }

        if (value != "true")
        {
            fail(name, "true or false.");
        }

        return value == "true";
    }

    private static List<(string, string, string)> ParseFieldFilters(IQueryCollection query, IReadOnlyList<ContentTypeDefinition> types, ContentDefinition definition, Action<string, string> fail)
    {
        var filters = new List<(string, string, string)>();
        foreach (var key in query.Keys.Where(k => k.StartsWith(FieldPrefix, StringComparison.Ordinal)))
        {
            var names = key[FieldPrefix.Length..].Split('.');
            var known = names.Length == 2 && types.SelectMany(t => t.Parts).Any(p => p.Name == names[0]
                && definition.FindPart(p.PartName)?.Fields.Any(f => f.Name == names[1]) == true);
            if (!known)
            {
                fail(key, "names no field of these items; use field.Part.Field, e.g. field.Enterprise.Group.");
                continue;
            }

            filters.Add((names[0], names[1], query[key].ToString()));
        }

        return filters;
    }
}
