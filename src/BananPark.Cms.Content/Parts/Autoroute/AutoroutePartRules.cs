using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Parts.Autoroute;

/// <summary>
/// On every write, the path must be one the site can serve (<see cref="RoutePaths"/>). A new attachment gets a
/// pattern made from the type's name. Paths are not words: a type's routes share their first segment.
/// </summary>
public sealed class AutoroutePartRules : PartKindRules<AutoroutePart>
{
    public override bool Searched => false;

    public override IEnumerable<(string Path, string Message)> ValidateWrite(ContentItem item, ContentTypePartDefinition attached)
    {
        if (RoutePaths.Problem(item.As<AutoroutePart>()?.Path) is { } problem)
        {
            yield return ($"{nameof(AutoroutePart)}.{nameof(AutoroutePart.Path)}", problem);
        }
    }

    public override string? PropertyLabel(string name) => name switch
    {
        nameof(AutoroutePart.Path) => "URL path",
        nameof(AutoroutePart.SetHomepage) => "Home page",
        nameof(AutoroutePart.Disabled) => "No public URL",
        _ => null,
    };

    public override void Attaching(ContentTypePartDefinition part, ContentTypeDefinition type)
        => part.Settings["AutoroutePartSettings"] = new JsonObject
        {
            ["Pattern"] = RoutePaths.Slugify(type.Name) + "/{{ ContentItem.DisplayText | slugify }}",
            ["AllowCustomPath"] = true,
        };
}
