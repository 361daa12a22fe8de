using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Enquiries.Endpoints;

/// <summary><c>{{ item | partial: "EnquiryForm" }}</c>: the "Invest here" form on an item's page, without token or stamp (the page is cached).</summary>
internal sealed class EnquiryFormPartial(EnquiryFormData data) : ITemplatePartial
{
    public const string TemplateName = "EnquiryForm";

    public string Name => TemplateName;

    public async Task<IDictionary<string, object?>?> ModelAsync(ContentItemSnapshot item, CancellationToken cancellationToken)
        => EnquiryFormModel.Build(await data.StateAsync(item, cancellationToken));
}
