using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// A piece another capability adds to the theme's pages: <c>{{ item | partial: "EnquiryForm" }}</c> renders the theme's
/// template of that <see cref="Name"/> with the model the capability builds for the item. With no partial of that name
/// registered (the capability is not in the host) it renders nothing. Public pages are output-cached: a model holds
/// nothing particular to one visitor.
/// </summary>
public interface ITemplatePartial
{
    /// <summary>The partial's name, also its template's.</summary>
    string Name { get; }

    /// <summary>The template's <c>Model</c> for <paramref name="item"/>; null renders nothing.</summary>
    Task<IDictionary<string, object?>?> ModelAsync(ContentItemSnapshot item, CancellationToken cancellationToken);
}
