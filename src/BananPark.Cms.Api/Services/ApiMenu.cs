using BananPark.Cms.Api.Endpoints;
using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Api.Services;

/// <summary>The admin's link to the API reference.</summary>
public sealed class ApiMenu : IAdminMenuContributor
{
    /// <inheritdoc />
    public IEnumerable<AdminMenuItem> Items { get; } = [new("API reference", ApiReferencePage.Path, CmsPermissions.AccessAdminPanel, 900)];
}
