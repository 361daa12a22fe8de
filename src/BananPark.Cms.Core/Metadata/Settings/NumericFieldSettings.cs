namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Bounds and precision of a numeric field.</summary>
public sealed class NumericFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>A value is required.</summary>
    public bool Required { get; set; }

    /// <summary>Digits after the decimal point.</summary>
    public int Scale { get; set; }

    /// <summary>Smallest value allowed.</summary>
    public decimal? Minimum { get; set; }

    /// <summary>Largest value allowed.</summary>
    public decimal? Maximum { get; set; }
}
