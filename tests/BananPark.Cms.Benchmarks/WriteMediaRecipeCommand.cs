namespace BananPark.Cms.Benchmarks;

/// <summary>
/// <c>write-media-recipe folder</c>: writes <see cref="MediaRecipe"/> (the Banan recipe plus a 12-megapixel photo in a
/// <c>Media</c> step) and its photo into <c>folder</c>; start the site with <c>Cms__Recipes__Path=folder</c> and
/// <c>Cms__Setup__Recipe=banan-park-media</c> on an empty data folder (tests/load/media.sh does).
/// </summary>
public static class WriteMediaRecipeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("usage: write-media-recipe <folder>");
            return 2;
        }

        var file = MediaRecipe.Write(Path.GetFullPath(args[1]));
        Console.WriteLine($"Wrote {MediaRecipe.Name} (the Banan recipe and /media/{MediaRecipe.PhotoPath}) to {file}.");
        return 0;
    }
}
