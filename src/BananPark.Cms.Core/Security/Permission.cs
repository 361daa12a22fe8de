namespace BananPark.Cms.Core.Security;

/// <summary>
/// A named right, with Orchard's names so that an Orchard <c>Roles</c> step means the same here.
/// A user holds a permission when one of their roles grants it or a permission that implies it.
/// </summary>
/// <param name="Name">Stable name, e.g. <c>ManageUsers</c> or <c>Edit_Enterprise</c>.</param>
/// <param name="Description">What it allows, for the role editor.</param>
/// <param name="Category">Group shown in the role editor, e.g. <c>Users</c> or a content type name.</param>
/// <param name="ImpliedBy">Permissions that include this one (e.g. <c>Publish_X</c> implies <c>Edit_X</c>).</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Orchard calls it a Permission; the .NET suffix rule is about code access security, which this is not.")]
public sealed record Permission(string Name, string Description, string Category, IReadOnlyList<Permission>? ImpliedBy = null)
{
    /// <summary>Permissions that include this one; empty when none.</summary>
    public IReadOnlyList<Permission> ImpliedBy { get; init; } = ImpliedBy ?? [];

    /// <summary>True when holding <paramref name="granted"/> grants this permission.</summary>
    public bool IsGrantedBy(IReadOnlySet<string> granted)
        => granted.Contains(Name) || ImpliedBy.Any(p => p.IsGrantedBy(granted));

    /// <inheritdoc />
    public override string ToString() => Name;
}
