namespace BananPark.Cms.Content.Fields.Numeric;

/// <summary>A numeric field's own settings as the field page edits them.</summary>
public sealed class NumericFieldSettingsInput
{
    /// <summary>Smallest value allowed; null for none.</summary>
    public decimal? Minimum { get; set; }

    /// <summary>Largest value allowed; null for none.</summary>
    public decimal? Maximum { get; set; }

    /// <summary>Digits after the decimal point, 0 to 10; null means 0.</summary>
    public int? Scale { get; set; }
}
