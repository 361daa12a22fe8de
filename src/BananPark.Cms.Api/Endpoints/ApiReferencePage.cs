using System.Net;
using System.Text;
using BananPark.Cms.Api.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace BananPark.Cms.Api.Endpoints;

/// <summary>
/// The API reference at <c>/api/reference</c>: a page the site renders itself from its OpenAPI document (no CDN,
/// no script), each operation with its parameters and answers, plus how to authenticate and page.
/// </summary>
public static class ApiReferencePage
{
    /// <summary>Where the page is served.</summary>
    public const string Path = "/api/reference";

    /// <summary>Maps the page.</summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context) =>
        {
            var provider = context.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiServiceCollectionExtensions.DocumentName);
            var document = await provider.GetOpenApiDocumentAsync(context.RequestAborted);
            return Results.Content(Render(document), "text/html; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    /// <summary>The page's HTML, every text from the document encoded.</summary>
    public static string Render(OpenApiDocument document)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(document.Info?.Title)).Append("</title><link rel=\"stylesheet\" href=\"/admin-assets/admin.css\"></head>")
            .Append("<body><main class=\"api-reference\"><h1>").Append(E(document.Info?.Title)).Append("</h1><p>").Append(E(document.Info?.Description)).Append("</p>");
        html.Append("<h2>Getting started</h2><ol>")
            .Append("<li>An administrator registers an application in the admin (OpenID Connect, Applications) and gives it roles.</li>")
            .Append("<li>A machine client asks <code>POST /connect/token</code> with <code>grant_type=client_credentials</code>; an app uses the authorization code flow with PKCE.</li>")
            .Append("<li>Send the token as <code>Authorization: Bearer &lt;token&gt;</code>. Lists page with <code>limit</code> and the <code>next</code> cursor.</li>")
            .Append("<li>To change an item, read it with <code>?draft=true</code>, send its <code>ETag</code> back as <code>If-Match</code>; 412 means someone changed it first.</li>")
            .Append("</ol><p>The machine-readable document: <a href=\"/api/openapi/").Append(ApiServiceCollectionExtensions.DocumentName).Append(".json\">OpenAPI JSON</a>. ")
            .Append("Limits: ").Append(E(ApiCors.Methods)).Append(" from allowed origins; 429 with Retry-After past the per-client rate.</p>");
        foreach (var (path, item) in document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                html.Append("<section class=\"api-operation\"><h2 id=\"").Append(E(operation.OperationId)).Append("\"><code>")
                    .Append(E(method.ToString().ToUpperInvariant())).Append(' ').Append(E(path)).Append("</code></h2><p>").Append(E(operation.Summary)).Append("</p>");
                var parameters = operation.Parameters ?? [];
                if (parameters.Count > 0)
                {
                    html.Append("<h3>Parameters</h3><ul>");
                    foreach (var parameter in parameters)
                    {
                        html.Append("<li><code>").Append(E(parameter.Name)).Append("</code> (").Append(E(parameter.In?.ToString().ToLowerInvariant()))
                            .Append(parameter.Required ? ", required" : "").Append(")</li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("<h3>Answers</h3><ul>");
                foreach (var (status, response) in operation.Responses ?? [])
                {
                    html.Append("<li><code>").Append(E(status)).Append("</code> ").Append(E(response.Description)).Append("</li>");
                }

                html.Append("</ul></section>");
            }
        }

        return html.Append("</main></body></html>").ToString();
    }
}
