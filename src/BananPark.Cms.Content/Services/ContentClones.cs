using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Content.Services;

/// <summary>Makes the copy an editor starts from when cloning: new ids, "(copy)" title, no route, a draft.</summary>
public static class ContentClones
{
    public static ContentItem CopyOf(ContentItem source)
    {
        var copy = source.Clone();
        copy.ContentItemId = "";
        copy.ContentItemVersionId = "";
        copy.ConcurrencyStamp = null;
        copy.Published = false;
        copy.Latest = true;
        copy.PublishedUtc = null;
        copy.CreatedUtc = null;
        copy.Owner = null;
        copy.Content.Remove(nameof(PublishLaterPart));
        var title = source.As<TitlePart>()?.Title ?? source.DisplayText;
        if (!string.IsNullOrWhiteSpace(title))
        {
            copy.Apply(new TitlePart { Title = $"{title} (copy)" });
            copy.DisplayText = $"{title} (copy)";
        }

        // The copy gets its route from the type's pattern (or a new one typed in); never the original's, nor the home page.
        if (copy.Content[nameof(AutoroutePart)] is JsonObject route)
        {
            route.Remove(nameof(AutoroutePart.Path));
            route[nameof(AutoroutePart.SetHomepage)] = false;
        }

        return copy;
    }
}
