namespace BananPark.Cms.Core.Security;

/// <summary>
/// The roles every tenant has, with Orchard's default grants. Administrator holds every permission
/// implicitly; the others hold exactly what is listed (a role with no permissions grants nothing).
/// </summary>
public static class SystemRoles
{
    /// <summary>Holds every permission, whatever is stored for it.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>Publishes and edits everyone's content.</summary>
    public const string Editor = nameof(Editor);

    /// <summary>Writes and publishes own content.</summary>
    public const string Author = nameof(Author);

    /// <summary>Writes own content; cannot publish.</summary>
    public const string Contributor = nameof(Contributor);

    /// <summary>Every signed-in user.</summary>
    public const string Authenticated = nameof(Authenticated);

    /// <summary>Every visitor.</summary>
    public const string Anonymous = nameof(Anonymous);

    /// <summary>The system roles: they can be edited but not deleted.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Author, Contributor, Authenticated, Anonymous];

    /// <summary>Orchard's default permissions of each system role (Administrator: all, implicitly).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Permission>> Defaults { get; } = new Dictionary<string, IReadOnlyList<Permission>>(StringComparer.Ordinal)
    {
        [Administrator] = [],
        [Editor] = [CmsPermissions.AccessAdminPanel, CmsPermissions.PublishContent, CmsPermissions.EditContent, CmsPermissions.DeleteContent, CmsPermissions.PreviewContent, CmsPermissions.CloneContent, CmsPermissions.ViewContent],
        [Author] = [CmsPermissions.AccessAdminPanel, CmsPermissions.PublishOwnContent, CmsPermissions.EditOwnContent, CmsPermissions.DeleteOwnContent, CmsPermissions.PreviewOwnContent, CmsPermissions.CloneOwnContent, CmsPermissions.ViewContent],
        [Contributor] = [CmsPermissions.AccessAdminPanel, CmsPermissions.EditOwnContent, CmsPermissions.PreviewOwnContent, CmsPermissions.CloneOwnContent, CmsPermissions.ViewContent],
        [Authenticated] = [CmsPermissions.ViewContent],
        [Anonymous] = [CmsPermissions.ViewContent],
    };
}
