namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A number; scale and bounds come from NumericFieldSettings.</summary>
public sealed class NumericField
{
    /// <summary>The stored value.</summary>
    public decimal? Value { get; set; }
}
