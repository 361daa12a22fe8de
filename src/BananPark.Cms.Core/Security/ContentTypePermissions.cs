namespace BananPark.Cms.Core.Security;

/// <summary>
/// The permissions of one securable content type (<c>Edit_Enterprise</c>, …), each implied by the
/// matching global permission and the stronger type permission, as in Orchard.
/// </summary>
public static class ContentTypePermissions
{
    /// <summary>The permission kinds, in the order the role editor shows them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["View", "Preview", "Edit", "EditOwn", "Publish", "PublishOwn", "Delete", "DeleteOwn", "Clone", "CloneOwn"];

    /// <summary>The type's permissions, keyed by kind (<c>Edit</c>, <c>EditOwn</c>, …).</summary>
    public static IReadOnlyDictionary<string, Permission> For(string contentType, string? displayName = null)
    {
        var label = displayName ?? contentType;
        Permission Make(string kind, string description, params Permission[] impliedBy)
            => new($"{kind}_{contentType}", $"{description} {label}", label, impliedBy);

        var publish = Make("Publish", "Publish or unpublish", CmsPermissions.PublishContent);
        var publishOwn = Make("PublishOwn", "Publish or unpublish own", publish, CmsPermissions.PublishOwnContent);
        var edit = Make("Edit", "Edit", publish, CmsPermissions.EditContent);
        var editOwn = Make("EditOwn", "Edit own", edit, publishOwn, CmsPermissions.EditOwnContent);
        var delete = Make("Delete", "Delete", CmsPermissions.DeleteContent);
        var deleteOwn = Make("DeleteOwn", "Delete own", delete, CmsPermissions.DeleteOwnContent);
        var view = Make("View", "View", edit, CmsPermissions.ViewContent);
        var preview = Make("Preview", "Preview", edit, CmsPermissions.PreviewContent);
        var clone = Make("Clone", "Clone", edit, CmsPermissions.CloneContent);
        var cloneOwn = Make("CloneOwn", "Clone own", clone, editOwn, CmsPermissions.CloneOwnContent);
        return new Dictionary<string, Permission>(StringComparer.Ordinal)
        {
            ["View"] = view,
            ["Preview"] = preview,
            ["Edit"] = edit,
            ["EditOwn"] = editOwn,
            ["Publish"] = publish,
            ["PublishOwn"] = publishOwn,
            ["Delete"] = delete,
            ["DeleteOwn"] = deleteOwn,
            ["Clone"] = clone,
            ["CloneOwn"] = cloneOwn,
        };
    }
}
