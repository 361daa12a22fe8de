using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Api.Services;

/// <summary>Publish, unpublish and delete (to the trash), with the admin's permissions and an optional <c>If-Match</c>.</summary>
public sealed class ContentWorkflow(IContentManager content, ContentWriter writer)
{
    /// <summary><c>POST /api/content/{id}/publish</c>: the latest version goes live; the answer is the item as published.</summary>
    public async Task<IResult> PublishAsync(HttpContext context, string id)
    {
        var (stored, refused) = await CheckAsync(context, id, ContentAction.Publish);
        if (stored is null)
        {
            return refused!;
        }

        try
        {
            await content.PublishAsync(id, context.RequestAborted);
        }
        catch (ContentValidationException ex)
        {
            return ContentWriter.Invalid(ex, StatusCodes.Status409Conflict);
        }

        return ContentWriter.Written(context, (await content.GetAsync(id, VersionOptions.Latest, context.RequestAborted))!, StatusCodes.Status200OK);
    }

    /// <summary><c>POST /api/content/{id}/unpublish</c>: off the public site; the latest version stays as a draft.</summary>
    public async Task<IResult> UnpublishAsync(HttpContext context, string id)
    {
        var (stored, refused) = await CheckAsync(context, id, ContentAction.Publish);
        if (stored is null)
        {
            return refused!;
        }

        await content.UnpublishAsync(id, context.RequestAborted);
        return ContentWriter.Written(context, (await content.GetAsync(id, VersionOptions.Latest, context.RequestAborted))!, StatusCodes.Status200OK);
    }

    /// <summary><c>DELETE /api/content/{id}</c>: to the trash (the admin can restore it).</summary>
    public async Task<IResult> DeleteAsync(HttpContext context, string id)
    {
        var (stored, refused) = await CheckAsync(context, id, ContentAction.Delete);
        if (stored is null)
        {
            return refused!;
        }

        await content.DeleteAsync(id, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private async Task<(ContentItem?, IResult?)> CheckAsync(HttpContext context, string id, ContentAction action)
        => ContentReadRules.IsSignedIn(context.User)
            ? await writer.LatestAsync(context, id, [action], ApiResponses.IfMatch(context.Request))
            : (null, ApiProblems.Unauthorized("This needs a signed-in user or a token."));
}
