namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>The item's title; it also sets the item's display text.</summary>
public sealed class TitlePart
{
    /// <summary>The title as the editor typed it.</summary>
    public string? Title { get; set; }
}
