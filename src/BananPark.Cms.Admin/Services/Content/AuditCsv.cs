using System.Globalization;
using System.Text;
using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Admin.Services.Content;

/// <summary>The audit trail as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Chinese text right).</summary>
public static class AuditCsv
{
    /// <summary>Most rows one export writes.</summary>
    public const int MaxRows = 100_000;

    public static IEndpointRouteBuilder MapAuditCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/audit-trail/export.csv", ExportAsync)
            .RequireAuthorization(RequirePermissionAttribute.PolicyPrefix + CmsPermissions.ViewAuditTrail.Name);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(HttpContext context, AuditTrail trail, string? user, string? type, string? @event, string? item, string? from, string? to)
    {
        var (filter, problem) = new AuditQuery(user, type, @event, item, from, to).ToFilter();
        if (filter is null)
        {
            return Results.BadRequest(problem);
        }

        var text = new StringBuilder("\uFEFFTime (UTC),Event,User,Content type,Item,Item id,Version id,Field,Before,After\r\n");
        for (var skip = 0; skip < MaxRows; skip += AuditTrail.MaxTake)
        {
            var (entries, _) = await trail.SearchAsync(filter with { Skip = skip, Take = AuditTrail.MaxTake }, context.RequestAborted);
            foreach (var entry in entries)
            {
                var common = new[]
                {
                    entry.CreatedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), entry.Event, entry.UserName,
                    entry.ContentType, entry.DisplayText, entry.ContentItemId, entry.ContentItemVersionId,
                };
                if (entry.Changes.Count == 0)
                {
                    Line(text, [.. common, "", "", ""]);
                }

                foreach (var change in entry.Changes)
                {
                    Line(text, [.. common, change.Label, change.Before, change.After]);
                }
            }

            if (entries.Count < AuditTrail.MaxTake)
            {
                break;
            }
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "audit-trail.csv");
    }

    private static void Line(StringBuilder text, string?[] cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }

    /// <summary>A quoted cell; a value a spreadsheet would run as a formula is prefixed with an apostrophe.</summary>
    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
