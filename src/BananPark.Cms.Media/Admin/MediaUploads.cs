using BananPark.Cms.Media.Services;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Media.Admin;

/// <summary>The upload form's files, each through the library's safe pipeline (its checks, its limits, its refusals).</summary>
public static class MediaUploads
{
    /// <summary>Most files one form post may carry; more are refused with a message, none half-stored.</summary>
    public const int MaxFilesPerPost = 50;

    /// <summary>Uploads every posted file into <paramref name="folder"/>; one result per file, in the posted order.</summary>
    public static async Task<IReadOnlyList<(string FileName, MediaUploadResult Result)>> UploadAsync(MediaLibrary library, HttpContext context, string folder)
    {
        var files = context.Request.Form.Files;
        if (files.Count > MaxFilesPerPost)
        {
            return [("", MediaUploadResult.Refused(MediaRefusalCode.TooLarge, $"At most {MaxFilesPerPost} files at once; nothing was uploaded."))];
        }

        var results = new List<(string, MediaUploadResult)>(files.Count);
        foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            await using var stream = file.OpenReadStream();
            results.Add((file.FileName, await library.UploadAsync(stream, file.FileName, folder, context.User, context.RequestAborted)));
        }

        return results;
    }
}
