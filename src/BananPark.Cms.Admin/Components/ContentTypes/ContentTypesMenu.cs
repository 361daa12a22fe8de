using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Admin.Components.ContentTypes;

/// <summary>The Content types entry of the admin navigation.</summary>
internal sealed class ContentTypesMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items { get; } =
    [
        new("Content types", ContentTypePaths.List, CmsPermissions.ManageContentTypes, 70),
    ];
}

/// <summary>The addresses of the content type screens, built in one place.</summary>
public static class ContentTypePaths
{
    public const string List = "/admin/content-types";

    public static string Type(string type) => $"{List}/{Uri.EscapeDataString(type)}";

    public static string Field(string type, string field) => $"{Type(type)}/fields/{Uri.EscapeDataString(field)}";

    public static string Purge(string type, string property) => $"{Type(type)}/purge/{Uri.EscapeDataString(property)}";
}
