using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Parts;

/// <summary>
/// What Content knows of one part kind: the rules its properties meet, how the version diff labels
/// them, whether the admin search reads them, and the settings it gets when the type editor attaches it.
/// Registered beside the kind (<c>services.AddContentPart&lt;TitlePart&gt;().WithRules&lt;TitlePartRules&gt;()</c>);
/// most derive from <see cref="PartKindRules{TPart}"/>. A part without rules gets the defaults.
/// </summary>
public interface IPartRules
{
    /// <summary>The kind these rules are for.</summary>
    ContentPartKind Kind { get; }

    /// <summary>False when the diff leaves the part out (bookkeeping such as a publishing schedule).</summary>
    bool ShownInDiff { get; }

    /// <summary>False when the admin search leaves the whole part out (routes, container ids, schedules: not words).</summary>
    bool Searched { get; }

    /// <summary>The editor rules (a required title, a body's length), as (path, message); checked on every editor save.</summary>
    IEnumerable<(string Path, string Message)> Validate(ContentItem item, ContentTypePartDefinition attached);

    /// <summary>Rules that protect every write, imports included (a route's form), as (path, message).</summary>
    IEnumerable<(string Path, string Message)> ValidateWrite(ContentItem item, ContentTypePartDefinition attached);

    /// <summary>How editors know <paramref name="name"/> in a diff (<c>Path</c> is "URL path"); null for "{part} {property}".</summary>
    string? PropertyLabel(string name);

    /// <summary>Sets what the part needs when the type editor attaches it to <paramref name="type"/> (a route pattern).</summary>
    void Attaching(ContentTypePartDefinition part, ContentTypeDefinition type);
}
