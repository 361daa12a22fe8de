namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Single- or multi-line plain text.</summary>
public sealed class TextField
{
    /// <summary>The stored value.</summary>
    public string? Text { get; set; }
}
