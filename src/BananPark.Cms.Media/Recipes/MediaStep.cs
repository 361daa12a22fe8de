using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Media.Recipes;

/// <summary>
/// Orchard's <c>Media</c> step: <c>Files[]</c> of <c>{ TargetPath, Base64 }</c> or <c>{ TargetPath, SourcePath }</c>
/// (a file inside the recipe's own folder; never a URL). Every file goes through the upload pipeline; every file is checked
/// before any is stored, and the recipe's transaction makes it all or nothing. A file already at its path is replaced.
/// Export writes every file of the library as Base64.
/// </summary>
internal sealed class MediaStep(MediaUploadPipeline pipeline, MediaLibrary library, MediaDbContext db, IMediaFileStore store) : IRecipeStep, IRecipeExportStep
{
    public const string StepName = "Media";

    public string Name => StepName;

    public int Order => 3;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Files") is not JsonArray files)
        {
            throw context.Error("Files", "'Files' must be an array of { TargetPath, Base64 } or { TargetPath, SourcePath }.");
        }

        var prepared = new List<(PreparedUpload Upload, string Folder)>();
        for (var i = 0; i < files.Count; i++)
        {
            var path = $"Files[{i}]";
            if (files[i] is not JsonObject file || Text(file, "TargetPath") is not { Length: > 0 } target || !MediaNames.IsValidPath(target))
            {
                throw context.Error(path, "each file needs a 'TargetPath' such as park/hero.jpg (no '..', no backslashes, no control characters).");
            }

            var folder = MediaNames.Folder(MediaNames.FolderOf(target));
            var bytes = Bytes(context, file, path);
            var (upload, refusal) = await pipeline.PrepareAsync(new MemoryStream(bytes, writable: false), MediaNames.FileNameOf(target), cancellationToken);
            if (refusal is not null)
            {
                throw context.Error(path, $"'{target}' was refused: {refusal.Message}", target);
            }

            var stored = MediaNames.Combine(folder ?? "", upload!.FileName);
            if (folder is null || stored != target)
            {
                throw context.Error($"{path}.TargetPath", $"'{target}' is not a library path as stored; use '{stored}' (lower case, dashes, the extension of what the file is).", target);
            }

            prepared.Add((upload, folder));
            context.ReportItems(i + 1, files.Count * 2);
        }

        for (var i = 0; i < prepared.Count; i++)
        {
            await library.StoreAsync(prepared[i].Upload, prepared[i].Folder, uploadedBy: null, overwrite: true, cancellationToken);
            context.Report.Count("Media");
            context.ReportItems(files.Count + i + 1, files.Count * 2);
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var rows = await db.Assets.AsNoTracking().OrderBy(a => a.Path).Select(a => new { a.Path, a.ContentHash }).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var files = new JsonArray();
        foreach (var row in rows)
        {
            await using var content = await store.OpenReadAsync(row.ContentHash, cancellationToken);
            if (content is null)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            files.Add(new JsonObject { ["TargetPath"] = row.Path, ["Base64"] = Convert.ToBase64String(buffer.ToArray()) });
        }

        return new JsonObject { ["name"] = StepName, ["Files"] = files };
    }

    private static byte[] Bytes(RecipeStepContext context, JsonObject file, string path)
    {
        if (Text(file, "Base64") is { } base64)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw context.Error($"{path}.Base64", "'Base64' is not valid base64.");
            }
        }

        if (Text(file, "SourcePath") is not { Length: > 0 } source)
        {
            throw context.Error(path, "each file needs 'Base64' or 'SourcePath'.");
        }

        if (source.Contains("://", StringComparison.Ordinal) || Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            throw context.Error($"{path}.SourcePath", "'SourcePath' is a file in the recipe's folder, never a URL.");
        }

        if (context.Folder is not { } folder)
        {
            throw context.Error($"{path}.SourcePath", "'SourcePath' needs a recipe read from a folder; use 'Base64' instead.");
        }

        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, source));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(source))
        {
            throw context.Error($"{path}.SourcePath", "'SourcePath' must stay inside the recipe's folder.");
        }

        if (!File.Exists(full))
        {
            throw context.Error($"{path}.SourcePath", $"there is no file '{source}' in the recipe's folder.");
        }

        return File.ReadAllBytes(full);
    }

    private static string? Text(JsonObject file, string name)
        => file.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
