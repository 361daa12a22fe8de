namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Several values picked from a fixed list.</summary>
public sealed class MultiTextField
{
    /// <summary>The picked values.</summary>
    public IList<string> Values { get; init; } = [];
}
