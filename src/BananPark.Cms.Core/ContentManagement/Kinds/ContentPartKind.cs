namespace BananPark.Cms.Core.ContentManagement.Kinds;

/// <summary>
/// A reusable part the code knows (<c>TitlePart</c>, <c>AutoroutePart</c>, …): its name, the JSON shape of
/// its properties and whether Orchard attaches it at run time without listing it on the type.
/// </summary>
/// <param name="Name">The part's name, e.g. <c>TitlePart</c>.</param>
/// <param name="Shape">Each property and what it may hold.</param>
public sealed record ContentPartKind(string Name, IReadOnlyDictionary<string, ValueShape> Shape)
{
    /// <summary>The name the type editor shows, e.g. <c>Title</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>True for parts an item may carry whatever its type (<c>ContainedPart</c>, <c>PublishLaterPart</c>).</summary>
    public bool AttachedAtRunTime { get; init; }
}

/// <summary>A part class that is a kind of its own: <c>T.Kind</c> describes it.</summary>
public interface IContentPart
{
    /// <summary>The kind this class stores.</summary>
    static abstract ContentPartKind Kind { get; }
}
