using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BananPark.Cms.Api.Endpoints;

/// <summary>The document's title and description: who may call, how to authenticate, how errors look.</summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Banan Park CMS content API",
            Version = ApiServiceCollectionExtensions.DocumentName,
            Description = "Content items in Orchard's JSON shape, with the admin's permission rules. Anonymous callers read published "
                + "content of public types; signed-in users (the site's cookie) and applications (Authorization: Bearer, from /connect/token) "
                + "read and write what their roles allow. Writes to an existing item take If-Match with the ETag read. "
                + "Every error is an RFC 7807 problem document whose errors list each problem's JSON path.",
        };
        return Task.CompletedTask;
    }
}
