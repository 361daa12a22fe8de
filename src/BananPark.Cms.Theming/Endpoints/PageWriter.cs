using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>Turns rendered bodies into HTML responses: layout, status and content type.</summary>
public sealed class PageWriter(ContentRenderer renderer)
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    public async Task<IResult> PageAsync(PageInfo page, string body, CancellationToken cancellationToken)
        => Results.Content(await renderer.RenderPageAsync(page, body, cancellationToken), HtmlContentType, statusCode: page.StatusCode);

    /// <summary>The theme's <c>NotFound</c> page with status 404.</summary>
    public async Task<IResult> NotFoundAsync(string path, CancellationToken cancellationToken)
    {
        var body = await renderer.RenderNamedAsync("NotFound", new Dictionary<string, object?> { ["Path"] = path }, cancellationToken);
        return await PageAsync(new PageInfo("Page not found", path, StatusCodes.Status404NotFound), body, cancellationToken);
    }

    /// <summary>The theme's <c>Error</c> page: no detail, only a reference the visitor can quote.</summary>
    public async Task<string> ErrorHtmlAsync(string path, string reference, CancellationToken cancellationToken)
    {
        var body = await renderer.RenderNamedAsync("Error", new Dictionary<string, object?> { ["Path"] = path, ["Reference"] = reference }, cancellationToken);
        return await renderer.RenderPageAsync(new PageInfo("Something went wrong", path, StatusCodes.Status500InternalServerError), body, cancellationToken);
    }
}
