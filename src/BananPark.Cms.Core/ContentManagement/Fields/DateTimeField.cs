namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A date and time, UTC.</summary>
public sealed class DateTimeField
{
    /// <summary>The stored value.</summary>
    public DateTime? Value { get; set; }
}
