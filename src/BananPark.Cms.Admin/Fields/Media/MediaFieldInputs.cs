namespace BananPark.Cms.Admin.Fields.Media;

/// <summary>The names the media field's editor, binder and script share (under the field's path).</summary>
public static class MediaFieldInputs
{
    /// <summary>A hidden input marking the field as posted (so an empty list clears it).</summary>
    public const string Editor = "Editor";

    /// <summary>The thumbnail's box in the editor: one of the sizes anybody may ask for, so its URL is not signed.</summary>
    public const int ThumbnailSize = 160;
}
