namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A calendar date.</summary>
public sealed class DateField
{
    /// <summary>The stored value.</summary>
    public DateTime? Value { get; set; }
}
