namespace BananPark.Cms.Core.Security;

/// <summary>The global permissions, named as in Orchard Core.</summary>
public static class CmsPermissions
{
    /// <summary>Open the admin back office at all.</summary>
    public static readonly Permission AccessAdminPanel = new(nameof(AccessAdminPanel), "Access the admin panel", "Admin");

    /// <summary>Create, edit, disable and delete users.</summary>
    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "Manage users", "Users");

    /// <summary>Create, edit and delete roles.</summary>
    public static readonly Permission ManageRoles = new(nameof(ManageRoles), "Manage roles", "Roles");

    /// <summary>Edit the site settings.</summary>
    public static readonly Permission ManageSettings = new(nameof(ManageSettings), "Manage site settings", "Settings");

    /// <summary>Create and change content types.</summary>
    public static readonly Permission ManageContentTypes = new(nameof(ManageContentTypes), "Edit content types", "Content Types");

    /// <summary>Import recipes (security-critical: a recipe can change anything).</summary>
    public static readonly Permission ImportRecipes = new(nameof(ImportRecipes), "Import recipes", "Recipes");

    /// <summary>Export definitions and content as a recipe.</summary>
    public static readonly Permission ExportRecipes = new(nameof(ExportRecipes), "Export recipes", "Recipes");

    /// <summary>Read the audit trail and security log.</summary>
    public static readonly Permission ViewAuditTrail = new(nameof(ViewAuditTrail), "View the audit trail and security log", "Audit Trail");

    /// <summary>Publish or unpublish any content.</summary>
    public static readonly Permission PublishContent = new(nameof(PublishContent), "Publish or unpublish content for others", "Content");

    /// <summary>Publish or unpublish own content.</summary>
    public static readonly Permission PublishOwnContent = new(nameof(PublishOwnContent), "Publish or unpublish own content", "Content", [PublishContent]);

    /// <summary>Edit any content.</summary>
    public static readonly Permission EditContent = new(nameof(EditContent), "Edit content for others", "Content", [PublishContent]);

    /// <summary>Edit own content.</summary>
    public static readonly Permission EditOwnContent = new(nameof(EditOwnContent), "Edit own content", "Content", [EditContent, PublishOwnContent]);

    /// <summary>Delete any content.</summary>
    public static readonly Permission DeleteContent = new(nameof(DeleteContent), "Delete content for others", "Content");

    /// <summary>Delete own content.</summary>
    public static readonly Permission DeleteOwnContent = new(nameof(DeleteOwnContent), "Delete own content", "Content", [DeleteContent]);

    /// <summary>View published content.</summary>
    public static readonly Permission ViewContent = new(nameof(ViewContent), "View all content", "Content", [EditContent]);

    /// <summary>Preview drafts of any content.</summary>
    public static readonly Permission PreviewContent = new(nameof(PreviewContent), "Preview content", "Content", [EditContent, PublishContent]);

    /// <summary>Preview drafts of own content.</summary>
    public static readonly Permission PreviewOwnContent = new(nameof(PreviewOwnContent), "Preview own content", "Content", [PreviewContent]);

    /// <summary>Clone any content.</summary>
    public static readonly Permission CloneContent = new(nameof(CloneContent), "Clone content", "Content", [EditContent]);

    /// <summary>Clone own content.</summary>
    public static readonly Permission CloneOwnContent = new(nameof(CloneOwnContent), "Clone own content", "Content", [CloneContent]);

    /// <summary>Every global permission.</summary>
    public static IReadOnlyList<Permission> All { get; } =
    [
        AccessAdminPanel, ManageUsers, ManageRoles, ManageSettings, ManageContentTypes, ImportRecipes, ExportRecipes, ViewAuditTrail,
        PublishContent, PublishOwnContent, EditContent, EditOwnContent, DeleteContent, DeleteOwnContent,
        ViewContent, PreviewContent, PreviewOwnContent, CloneContent, CloneOwnContent,
    ];
}
