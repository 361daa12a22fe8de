using System.Text.RegularExpressions;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Handlers;

/// <summary>
/// Fills an empty route from the type's pattern. Patterns are Orchard's Liquid, but only two
/// values are understood: the display text (slugified) and the item id. That covers every
/// pattern our recipes use without running editor-supplied Liquid while saving.
/// </summary>
internal sealed partial class AutoroutePartHandler : IContentHandler
{
    public Task SavingAsync(ContentItem item, ContentTypeDefinition type, bool importing, CancellationToken cancellationToken)
    {
        var definition = type.Parts.FirstOrDefault(p => p.PartName == nameof(AutoroutePart));
        var part = item.As<AutoroutePart>();
        // The home page's address is "/": it gets no second URL from the pattern.
        if (definition is null || part is null || part.Disabled || part.SetHomepage || !string.IsNullOrWhiteSpace(part.Path))
        {
            return Task.CompletedTask;
        }

        var pattern = definition.GetSettings<AutoroutePartSettings>().Pattern;
        if (!string.IsNullOrWhiteSpace(pattern))
        {
            part.Path = Expand(pattern, item);
            item.Apply(part);
        }

        return Task.CompletedTask;
    }

    internal static string Expand(string pattern, ContentItem item)
        => Expression().Replace(pattern, match =>
        {
            var expression = match.Groups[1].Value;
            if (expression.Contains("ContentItemId", StringComparison.Ordinal))
            {
                return item.ContentItemId;
            }

            return expression.Contains("DisplayText", StringComparison.OrdinalIgnoreCase)
                || expression.Contains("display_text", StringComparison.Ordinal)
                ? RoutePaths.Slugify(item.DisplayText)
                : "";
        }).Trim('/');

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Expression();
}
