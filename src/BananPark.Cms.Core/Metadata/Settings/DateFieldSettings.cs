namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a date field (Orchard's <c>DateFieldSettings</c>).</summary>
public sealed class DateFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>A date is required.</summary>
    public bool Required { get; set; }
}
