namespace BananPark.Cms.Admin.Components.ContentTypes;

/// <summary>A row button's value, <c>action|name</c>: one form serves every row (static forms need unique names).</summary>
internal static class RowAction
{
    public static (string Action, string Name) Parse(string? value)
    {
        var parts = (value ?? "").Split('|', 2);
        return parts.Length == 2 ? (parts[0], parts[1]) : ("", "");
    }
}
