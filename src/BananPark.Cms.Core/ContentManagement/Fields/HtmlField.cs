namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Rich text; sanitized when rendered.</summary>
public sealed class HtmlField
{
    /// <summary>The stored value.</summary>
    public string? Html { get; set; }
}
