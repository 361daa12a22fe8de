namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a date-and-time field (Orchard's <c>DateTimeFieldSettings</c>).</summary>
public sealed class DateTimeFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>A date and time are required.</summary>
    public bool Required { get; set; }
}
