using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Api.Services;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Api.Json;

/// <summary>
/// Reads a request body as one JSON object within the API's limits: its media type, its size (413 past
/// <see cref="ApiOptions.MaxBodyBytes"/>, checked while reading, not trusted from Content-Length alone) and its
/// nesting (400 past <see cref="ApiOptions.MaxJsonDepth"/>).
/// </summary>
public static class JsonBody
{
    /// <summary>The media type of a JSON merge patch (RFC 7396).</summary>
    public const string MergePatch = "application/merge-patch+json";

    /// <summary>The body as an object, or the problem that stops the request.</summary>
    public static async Task<(JsonObject? Body, IResult? Problem)> ReadAsync(HttpRequest request, ApiOptions options, bool patch = false)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        var accepted = patch ? mediaType is MergePatch or "application/json" : mediaType is "application/json";
        if (!accepted)
        {
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.",
                $"Send the body as {(patch ? MergePatch : "application/json")}."));
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return (null, TooLarge(options));
        }

        var bytes = await ReadLimitedAsync(request.Body, options.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (bytes is null)
        {
            return (null, TooLarge(options));
        }

        try
        {
            var node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth, AllowDuplicateProperties = false });
            return node is JsonObject body
                ? (body, null)
                : (null, ApiProblems.BadRequest("The body must be a JSON object.", new ApiError("$", "expected an object.")));
        }
        catch (JsonException ex)
        {
            var path = ex.Path is { Length: > 0 } p ? p : "$";
            var detail = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"The JSON is nested deeper than {options.MaxJsonDepth} levels."
                : $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).";
            return (null, ApiProblems.BadRequest(detail, new ApiError(path, detail)));
        }
    }

    private static IResult TooLarge(ApiOptions options)
        => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"Bodies are limited to {options.MaxBodyBytes} bytes.");

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
