using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// JSON answers with their caching: an anonymous read of published content is public (<c>Cache-Control: public</c>,
/// an <c>ETag</c> from the body, 304 on a matching <c>If-None-Match</c>); anything read by a signed-in caller is
/// private and not stored, its item <c>ETag</c> the version's concurrency stamp (what <c>If-Match</c> takes).
/// </summary>
public static class ApiResponses
{
    /// <summary>The entity tag of a concurrency stamp.</summary>
    public static string ETagOf(string stamp) => $"\"{stamp}\"";

    /// <summary>The stamp an <c>If-Match</c> names: null when absent, <c>*</c> for any.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        return value == "*" ? "*" : value.StartsWith("W/", StringComparison.Ordinal) ? value[2..].Trim('"') : value.Trim('"');
    }

    /// <summary>Writes a JSON body with <paramref name="write"/> and answers it with the caching rules above.</summary>
    public static IResult Json(HttpContext context, Action<Utf8JsonWriter> write, bool publicRead, string? stamp = null, int status = StatusCodes.Status200OK)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        var headers = context.Response.Headers;
        var etag = publicRead
            ? $"\"{Convert.ToBase64String(SHA256.HashData(buffer.WrittenSpan)[..16])}\""
            : stamp is null ? null : ETagOf(stamp);
        if (etag is not null)
        {
            headers.ETag = etag;
        }

        headers.CacheControl = publicRead ? $"public, max-age={MaxAge(context)}" : "private, no-store";
        if (publicRead && status == StatusCodes.Status200OK && etag is not null && Matches(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return new JsonBytes(buffer.WrittenMemory.ToArray(), status);
    }

    private static int MaxAge(HttpContext context)
        => context.RequestServices.GetService(typeof(Microsoft.Extensions.Options.IOptions<ApiOptions>)) is Microsoft.Extensions.Options.IOptions<ApiOptions> options
            ? options.Value.AnonymousMaxAgeSeconds
            : 60;

    private static bool Matches(HttpRequest request, string etag)
        => EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch.ToArray().OfType<string>().ToList(), out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal));

    /// <summary>A JSON body already written.</summary>
    private sealed class JsonBytes(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.ContentLength = body.Length;
            return httpContext.Request.Method == HttpMethods.Head ? Task.CompletedTask : httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
