namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Yes or no.</summary>
public sealed class BooleanField
{
    /// <summary>The stored value.</summary>
    public bool Value { get; set; }
}
