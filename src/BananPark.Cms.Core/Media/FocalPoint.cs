namespace BananPark.Cms.Core.Media;

/// <summary>A point of a picture as fractions of its width and height (0..1 each; 0.5, 0.5 is the centre).</summary>
public readonly record struct FocalPoint(double X, double Y)
{
    /// <summary>True when both coordinates are within 0..1 (and are numbers).</summary>
    public bool IsValid => X is >= 0 and <= 1 && Y is >= 0 and <= 1;
}
