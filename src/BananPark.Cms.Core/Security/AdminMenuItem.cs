namespace BananPark.Cms.Core.Security;

/// <summary>An entry of the admin navigation, shown only to users holding <paramref name="Permission"/>.</summary>
/// <param name="Title">Link text.</param>
/// <param name="Url">Local path, e.g. <c>/admin/users</c>.</param>
/// <param name="Permission">What the user needs to see (and use) the screen.</param>
/// <param name="Position">Order in the navigation, lowest first.</param>
public sealed record AdminMenuItem(string Title, string Url, Permission Permission, int Position);

/// <summary>A capability's entries in the admin navigation.</summary>
public interface IAdminMenuContributor
{
    /// <summary>The entries; each is filtered by its permission before it is shown.</summary>
    IEnumerable<AdminMenuItem> Items { get; }
}
