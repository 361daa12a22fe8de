namespace BananPark.Cms.Media.Endpoints;

/// <summary>Marks the <c>/media/{**path}</c> endpoint, so <see cref="MediaHits"/> knows routing chose it.</summary>
public sealed class MediaFilesEndpoint
{
    /// <summary>The one instance the endpoint carries.</summary>
    public static readonly MediaFilesEndpoint Instance = new();

    private MediaFilesEndpoint()
    {
    }
}
