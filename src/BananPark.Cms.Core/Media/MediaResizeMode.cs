namespace BananPark.Cms.Core.Media;

/// <summary>How a picture fits the requested box: Orchard's <c>rmode</c> values, ImageSharp's <c>ResizeMode</c>.</summary>
public enum MediaResizeMode
{
    /// <summary>Keeps the whole picture inside the box, aspect kept (Orchard's default when only one side is given).</summary>
    Max,

    /// <summary>Fills the box and crops what overflows, around the focal point.</summary>
    Crop,

    /// <summary>Fits inside the box and pads the rest with the background colour.</summary>
    Pad,

    /// <summary>Like <see cref="Pad"/>, but never enlarges.</summary>
    BoxPad,

    /// <summary>At least the box in both sides, aspect kept.</summary>
    Min,

    /// <summary>Exactly the box, aspect ignored.</summary>
    Stretch,
}
