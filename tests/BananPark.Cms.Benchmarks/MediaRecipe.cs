using System.Text.Json.Nodes;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// A setup recipe for the media checks: the Banan recipe's steps, then a <c>Media</c> step that puts a 12-megapixel
/// <see cref="PhotoLikeJpeg"/> at <see cref="PhotoPath"/> (through the upload pipeline, as an editor's upload would),
/// read from a file beside the recipe (<c>SourcePath</c>).
/// </summary>
public static class MediaRecipe
{
    /// <summary>The recipe's name, and its file name before <c>.recipe.json</c>.</summary>
    public const string Name = "banan-park-media";

    /// <summary>The photo's library path: served at <c>/media/park/photo.jpg</c>.</summary>
    public const string PhotoPath = "park/photo.jpg";

    private const string PhotoFile = "park-photo.jpg";

    /// <summary>Writes the recipe and the photo into <paramref name="folder"/>; returns the recipe's file.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, PhotoFile), PhotoLikeJpeg.Create());
        var recipe = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BananRecipe))!.AsObject();
        recipe["name"] = Name;
        recipe["displayName"] = $"{recipe["displayName"]} with a 12-megapixel photo";
        recipe["steps"]!.AsArray().Add(new JsonObject
        {
            ["name"] = "Media",
            ["Files"] = new JsonArray(new JsonObject { ["TargetPath"] = PhotoPath, ["SourcePath"] = PhotoFile }),
        });
        var file = Path.Combine(folder, Name + ".recipe.json");
        File.WriteAllText(file, recipe.ToJsonString());
        return file;
    }
}
