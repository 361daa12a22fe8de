using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Handlers;

/// <summary>The display text follows the title, so lists and links never show a stale name.</summary>
internal sealed class TitlePartHandler : IContentHandler
{
    public Task SavingAsync(ContentItem item, ContentTypeDefinition type, bool importing, CancellationToken cancellationToken)
    {
        var title = item.As<TitlePart>()?.Title;
        if (type.HasPart(nameof(TitlePart)) && !string.IsNullOrWhiteSpace(title) && !(importing && !string.IsNullOrEmpty(item.DisplayText)))
        {
            item.DisplayText = title.Trim();
        }

        return Task.CompletedTask;
    }
}
